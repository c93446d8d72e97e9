// Start-up peer: what a typical JavaScript action costs, a bundle of @actions/core and
// @actions/exec that runs `true` and logs a line. The bench bundles it with ncc like dist/.
import * as core from '@actions/core';
import * as exec from '@actions/exec';

const code = await exec.exec('true', [], { silent: true });
core.info(`true exited with ${code}`);
