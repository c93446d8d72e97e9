// Kept equal to package.json's version by a test (the GitLab template pins the same version).
export const VERSION = '0.1.0';
