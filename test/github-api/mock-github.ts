// A local stand-in for the GitHub REST API on 127.0.0.1: issue comments, check runs and GET /user,
// with every request body, query and response checked against GitHub's OpenAPI description
// (./openapi.ts). Faults are scripted per operation: any status with headers and body, a status
// sent after the write was applied (502-after-create), or no answer at all.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkQuery, checkRequestBody, checkResponse, operationRoute, type OperationId } from './openapi.js';

export interface MockUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export const ACTIONS_BOT: MockUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface MockComment {
  id: number;
  issue: number;
  body: string;
  user: MockUser;
  createdAt: string;
  updatedAt: string;
}

export interface MockAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
  start_column?: number;
  end_column?: number;
}

export interface MockCheckRun {
  id: number;
  name: string;
  headSha: string;
  externalId: string | null;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  annotations: MockAnnotation[];
}

export type FaultAnswer =
  | {
      status: number;
      headers?: Record<string, string>;
      body?: unknown;
      /** Do the write first, then answer with this status anyway (a 502 after the comment was created). */
      apply?: boolean;
    }
  | 'hang';

export interface Fault {
  operation: OperationId;
  /** How many matching requests get this answer (default 1). */
  times?: number;
  answer: FaultAnswer;
}

export interface RecordedRequest {
  operation: OperationId | null;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  rawBody: string;
  authorization: string | undefined;
  /** Date.now() when the request arrived. */
  at: number;
  status: number | 'hang';
}

export interface MockOptions {
  owner?: string;
  repo?: string;
  token: string;
  /** Path prefix of the API, e.g. `/api/v3` as on GitHub Enterprise Server. */
  prefix?: string;
  /** The account the token acts as: author of the comments it creates. */
  viewer?: MockUser;
  /** What GET /user answers: the viewer's profile (a PAT), or 403 as for GITHUB_TOKEN. */
  userEndpoint?: 'viewer' | 'forbidden';
  /** Pull requests that exist. */
  pulls?: number[];
}

const OPERATIONS: OperationId[] = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'checks/create',
  'checks/update',
  'checks/get',
  'checks/list-for-ref',
  'users/get-authenticated',
];

interface Route {
  operation: OperationId;
  method: string;
  pattern: RegExp;
  names: string[];
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class MockGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Every way a request or a response differed from GitHub's OpenAPI description. */
  readonly violations: string[] = [];
  readonly comments: MockComment[] = [];
  readonly checkRuns: MockCheckRun[] = [];
  readonly owner: string;
  readonly repo: string;
  private readonly faults: Fault[] = [];
  private readonly routes: Route[];
  private readonly prefix: string;
  private nextId = 1000;
  private server!: Server;
  url = '';
  /** Called as each request arrives, before it is read or answered: to look at files at that moment. */
  onRequest: ((method: string, path: string) => void) | null = null;

  private constructor(private readonly options: MockOptions) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'hello-world';
    this.prefix = options.prefix ?? '';
    this.routes = OPERATIONS.map((operation) => {
      const { method, path } = operationRoute(operation);
      const names: string[] = [];
      const source = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { operation, method, pattern: new RegExp(`^${this.prefix}${source}$`), names };
    });
  }

  static async start(options: MockOptions): Promise<MockGitHub> {
    const mock = new MockGitHub(options);
    mock.server = createServer((req, res) => void mock.handle(req, res));
    await new Promise<void>((resolve) => mock.server.listen(0, '127.0.0.1', resolve));
    const { port } = mock.server.address() as AddressInfo;
    mock.url = `http://127.0.0.1:${port}${mock.prefix}`;
    return mock;
  }

  get viewer(): MockUser {
    return this.options.viewer ?? ACTIONS_BOT;
  }

  fault(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  addComment(issue: number, body: string, user: MockUser): MockComment {
    const now = timestamp();
    const comment = { id: this.nextId++, issue, body, user, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    return comment;
  }

  requestsFor(operation: OperationId): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private get base(): string {
    return this.url;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    this.onRequest?.(req.method ?? 'GET', req.url ?? '/');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    let body: unknown = undefined;
    const recorded: RecordedRequest = {
      operation: null,
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
      rawBody,
      authorization: req.headers.authorization,
      at,
      status: 0,
    };
    this.requests.push(recorded);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status;
      if (recorded.operation) {
        for (const problem of checkResponse(recorded.operation, status, payload))
          this.violations.push(problem);
      }
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '998',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-used': '2',
        'x-ratelimit-resource': 'core',
        'x-github-api-version-selected': '2022-11-28',
        ...headers,
      });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (!route) {
      this.violations.push(`unexpected request ${method} ${url.pathname}`);
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      return;
    }
    recorded.operation = route.operation;
    const match = route.pattern.exec(url.pathname) as RegExpExecArray;
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));

    if (rawBody) {
      try {
        body = JSON.parse(rawBody);
        recorded.body = body;
      } catch {
        this.violations.push(`${route.operation}: request body is not JSON`);
      }
    }
    const problems = [
      ...checkRequestBody(route.operation, body),
      ...checkQuery(route.operation, url.searchParams),
    ];
    const perPage = url.searchParams.get('per_page');
    if (perPage !== null && Number(perPage) > 100)
      problems.push(`${route.operation}: per_page ${perPage} > 100`);
    if (req.headers['content-type'] && !/^application\/json/.test(req.headers['content-type'])) {
      problems.push(`${route.operation}: content-type ${req.headers['content-type']}`);
    }

    if (req.headers.authorization !== `token ${this.options.token}`) {
      send(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
      return;
    }

    this.violations.push(...problems);
    const fault = this.faults.find((f) => f.operation === route.operation && (f.times ?? 1) > 0);
    if (fault) fault.times = (fault.times ?? 1) - 1;
    if (fault?.answer === 'hang') {
      recorded.status = 'hang';
      return; // never answer; close() drops the socket
    }

    if (problems.length > 0) {
      send(422, {
        message: 'Invalid request.',
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      });
      return;
    }

    if (fault && !fault.answer.apply) {
      const { status, headers, body: faultBody } = fault.answer;
      send(status, faultBody ?? { message: STATUS_TEXT[status] ?? 'Error', status: String(status) }, headers);
      return;
    }

    try {
      if ('owner' in params && (params.owner !== this.owner || params.repo !== this.repo)) {
        throw new HttpFailure(404, 'Not Found');
      }
      const result = this.apply(route.operation, params, url.searchParams, body as Record<string, unknown>);
      if (fault) {
        const { status, headers, body: faultBody } = fault.answer;
        send(
          status,
          faultBody ?? { message: STATUS_TEXT[status] ?? 'Error', status: String(status) },
          headers,
        );
        return;
      }
      send(result.status, result.body, result.headers);
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      send(error.status, {
        message: error.message,
        documentation_url: 'https://docs.github.com/rest',
        status: String(error.status),
        ...error.extra,
      });
    }
  }

  private apply(
    operation: OperationId,
    params: Record<string, string>,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    switch (operation) {
      case 'users/get-authenticated':
        if (this.options.userEndpoint !== 'viewer') {
          throw new HttpFailure(403, 'Resource not accessible by integration');
        }
        return { status: 200, body: this.privateUser(this.viewer) };
      case 'issues/list-comments': {
        const issue = this.pull(params.issue_number);
        const all = this.comments.filter((c) => c.issue === issue);
        const perPage = Number(query.get('per_page') ?? 30);
        const page = Number(query.get('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number, rel: string) =>
          `<${this.base}/repos/${this.owner}/${this.repo}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
        return {
          status: 200,
          body: slice.map((c) => this.issueComment(c)),
          headers: links.length ? { link: links.join(', ') } : {},
        };
      }
      case 'issues/create-comment': {
        const issue = this.pull(params.issue_number);
        const text = String(body.body);
        this.checkCommentLength(text);
        const comment = this.addComment(issue, text, this.viewer);
        return { status: 201, body: this.issueComment(comment) };
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!comment) throw new HttpFailure(404, 'Not Found');
        const text = String(body.body);
        this.checkCommentLength(text);
        comment.body = text;
        comment.updatedAt = timestamp();
        return { status: 200, body: this.issueComment(comment) };
      }
      case 'checks/create': {
        const output = body.output as {
          title: string;
          summary: string;
          text?: string;
          annotations?: MockAnnotation[];
        };
        if (!/^[0-9a-f]{40}$/.test(String(body.head_sha))) {
          throw new HttpFailure(422, 'No commit found for SHA: ' + String(body.head_sha));
        }
        this.checkOutput(output);
        const run: MockCheckRun = {
          id: this.nextId++,
          name: String(body.name),
          headSha: String(body.head_sha),
          externalId: typeof body.external_id === 'string' ? body.external_id : null,
          status: body.conclusion ? 'completed' : String(body.status ?? 'queued'),
          conclusion: typeof body.conclusion === 'string' ? body.conclusion : null,
          startedAt: typeof body.started_at === 'string' ? body.started_at : timestamp(),
          completedAt: typeof body.completed_at === 'string' ? body.completed_at : null,
          detailsUrl: typeof body.details_url === 'string' ? body.details_url : null,
          title: output?.title ?? null,
          summary: output?.summary ?? null,
          text: output?.text ?? null,
          annotations: [...(output?.annotations ?? [])],
        };
        this.checkRuns.push(run);
        return { status: 201, body: this.checkRun(run) };
      }
      case 'checks/update': {
        const run = this.run(params.check_run_id);
        const output = body.output as
          { title?: string; summary: string; annotations?: MockAnnotation[] } | undefined;
        if (output) {
          this.checkOutput(output);
          run.title = output.title ?? run.title;
          run.summary = output.summary;
          run.annotations.push(...(output.annotations ?? []));
        }
        if (typeof body.conclusion === 'string') {
          run.conclusion = body.conclusion;
          run.status = 'completed';
        }
        return { status: 200, body: this.checkRun(run) };
      }
      case 'checks/get':
        return { status: 200, body: this.checkRun(this.run(params.check_run_id)) };
      case 'checks/list-for-ref': {
        const name = query.get('check_name');
        const runs = this.checkRuns.filter(
          (r) => r.headSha === params.ref && (name === null || r.name === name),
        );
        return {
          status: 200,
          body: { total_count: runs.length, check_runs: runs.map((r) => this.checkRun(r)) },
        };
      }
    }
  }

  private pull(value: string): number {
    const number = Number(value);
    if (!(this.options.pulls ?? [7]).includes(number)) throw new HttpFailure(404, 'Not Found');
    return number;
  }

  private run(value: string): MockCheckRun {
    const run = this.checkRuns.find((r) => r.id === Number(value));
    if (!run) throw new HttpFailure(404, 'Not Found');
    return run;
  }

  // GitHub's limits, enforced as GitHub does: a 422 with the reason.
  private checkCommentLength(text: string): void {
    if (text.length > 65_536) {
      throw new HttpFailure(422, 'Validation Failed', {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
      });
    }
  }

  private checkOutput(
    output: { title?: string; summary?: string; text?: string; annotations?: MockAnnotation[] } | undefined,
  ): void {
    if (!output) return;
    for (const field of ['summary', 'text'] as const) {
      const value = output[field];
      if (value !== undefined && Buffer.byteLength(value, 'utf8') > 65_535) {
        throw new HttpFailure(422, `Invalid request.\n\nOnly 65535 bytes are allowed in ${field}.`);
      }
    }
    if (output.title !== undefined && output.title.length > 255)
      throw new HttpFailure(422, 'title is too long');
    for (const a of output.annotations ?? []) {
      if (Buffer.byteLength(a.message, 'utf8') > 64 * 1024)
        throw new HttpFailure(422, 'annotation message too long');
      if (a.title !== undefined && a.title.length > 255)
        throw new HttpFailure(422, 'annotation title too long');
      if (a.end_line < a.start_line) throw new HttpFailure(422, 'end_line before start_line');
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
        throw new HttpFailure(422, 'columns on a multi-line annotation');
      }
    }
  }

  private simpleUser(user: MockUser): Record<string, unknown> {
    const api = `https://api.github.com/users/${encodeURIComponent(user.login)}`;
    return {
      login: user.login,
      id: user.id,
      node_id: `MDQ6VXNlcj${user.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: api,
      // Bot accounts live under /apps/ (their login's `[bot]` is not part of a URL).
      html_url:
        user.type === 'Bot'
          ? `https://github.com/apps/${user.login.replace(/\[bot\]$/, '')}`
          : `https://github.com/${user.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  private privateUser(user: MockUser): Record<string, unknown> {
    return {
      ...this.simpleUser(user),
      user_view_type: 'private',
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 3,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
    };
  }

  private issueComment(comment: MockComment): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: `IC_kwDO${comment.id}`,
      url: `${this.base}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.simpleUser(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${this.base}/repos/${this.owner}/${this.repo}/issues/${comment.issue}`,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
    };
  }

  private checkRun(run: MockCheckRun): Record<string, unknown> {
    const url = `${this.base}/repos/${this.owner}/${this.repo}/check-runs/${run.id}`;
    return {
      id: run.id,
      head_sha: run.headSha,
      node_id: `CR_kwDO${run.id}`,
      external_id: run.externalId,
      url,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
      details_url: run.detailsUrl,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.title,
        summary: run.summary,
        text: run.text,
        annotations_count: run.annotations.length,
        annotations_url: `${url}/annotations`,
      },
      name: run.name,
      check_suite: { id: 5 },
      app: null,
      pull_requests: [],
    };
  }
}
