// `['turns', 3, 'nato', 0]` → `$.turns[3].nato[0]`: the path style of the scenario loader's errors, for scripts and replays.
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && PLAIN_KEY.test(seg) && seg.length <= 40) out += `.${seg}`;
    else out += `[${JSON.stringify(String(seg).slice(0, 40))}]`;
  }
  return out;
}
