// Cooperation projects and agreements: proposal, launch against a trust threshold, yields, suspension, delivery.
import type { ProjectData } from '../scenario/schema.js';
import { cooperating, haltOf } from './channels.js';
import { lifecycles } from './lifecycle.js';
import type { LifecycleEvents } from './machines/lifecycles.js';
import { facts, type Fact, type Halt, type Shortfall } from './facts.js';
import { onCentreChange } from './md.js';
import { addSecurity, areaOf, bothAtLeast, mutableProject, updateTrust } from './step.js';
import { note, type Step } from './log.js';
import { SIDES, type Area, type PerSide, type ProjectState, type Side, type WorldState } from './state.js';
import { advance } from './transition.js';

function setState(step: Step, id: string, p: ProjectState, event: LifecycleEvents['project'], fact: Fact): void {
  const after = advance(lifecycles.project, p.state, event);
  if (after === p.state) return;
  p.state = after;
  p.since = step.s.turn;
  note(step, 'transition', id, fact);
  if (id === 'md.joint-data-centre') onCentreChange(step, after);
}

/** Each side short of the threshold in the area: the visible trust deficit of a blocked step. */
export function shortfalls(s: WorldState, area: Area, threshold: number): Shortfall[] {
  return SIDES.filter((side) => s.trustBy[side][area] < threshold).map((side) => ({
    side,
    area,
    held: s.trustBy[side][area],
    needed: threshold,
  }));
}

/** The other side's standing proposal that a choice by `side` would take up. */
function takesUp(p: ProjectState, side: Side): boolean {
  return p.state === 'proposed' && p.proposedBy !== null && p.proposedBy !== side;
}

export function resolveProjectChoices(step: Step, chosen: PerSide<readonly string[]>): void {
  for (const project of step.sc.data.projects) {
    const byNato = chosen.nato.includes(project.id);
    const byRussia = chosen.russia.includes(project.id);
    if (!byNato && !byRussia) continue;
    const p = mutableProject(step, project.id);
    const name = project.id;
    const joint = (byNato && byRussia) || (byNato && takesUp(p, 'nato')) || (byRussia && takesUp(p, 'russia'));
    if (!joint) {
      const side: Side = byNato ? 'nato' : 'russia';
      if (p.state === 'proposed' && p.proposedBy === side) p.since = step.s.turn;
      else setState(step, project.id, p, 'PROPOSE', facts.proposed(side, name));
      p.proposedBy = side;
      continue;
    }
    const halted = haltOf(step.s);
    if (halted) {
      note(step, 'deficit', project.id, facts.councilBlocks(name, halted));
    } else if (bothAtLeast(step.s, areaOf(step, project.id), project.threshold)) {
      p.progress = 0;
      p.proposedBy = null;
      setState(step, project.id, p, 'LAUNCH', facts.launched(name));
      continue;
    } else {
      note(step, 'deficit', project.id, facts.deficit(project.id, shortfalls(step.s, areaOf(step, project.id), project.threshold)));
    }
    // Blocked: the proposals stand, so that either side can take them up next turn.
    if (p.state !== 'proposed') setState(step, project.id, p, 'PROPOSE', facts.proposed(byNato ? 'nato' : 'russia', name));
    p.proposedBy = byNato && byRussia ? 'both' : byNato ? 'nato' : 'russia';
    p.since = step.s.turn;
  }
}

const stateOf = (p: ProjectState): string => p.state;
/** The states in which the end of a turn can change a project; idle, delivered and cancelled ones are left alone. */
const LIVE = new Set(['running', 'suspended', 'proposed']);

function runTurn(step: Step, project: ProjectData, p: ProjectState, name: string): void {
  const cause = { kind: 'project' as const, id: project.id };
  const area = areaOf(step, project.id);
  for (const side of SIDES) updateTrust(step, side, area, project.yieldLr, cause, facts.running(name));
  for (const side of SIDES) addSecurity(step, side, project.yieldSecurity[side], cause, facts.projectYieldSecurity(name));
  p.progress += 1;
  if (p.progress >= project.turnsToDeliver) {
    setState(step, project.id, p, 'DELIVER', facts.delivered(name));
    for (const side of SIDES) addSecurity(step, side, project.deliveredSecurity[side], cause, facts.deliveredSecurity(name));
  }
}

export function projectsEndOfTurn(step: Step, chosen: PerSide<readonly string[]>): void {
  const { s } = step;
  const cancelAfter = step.sc.data.model.suspendedTurnsToCancel;
  for (const project of step.sc.data.projects) {
    if (!LIVE.has(s.projects[project.id]!.state)) continue;
    const p = mutableProject(step, project.id);
    const name = project.id;
    const trustHolds = project.robust || bothAtLeast(s, areaOf(step, project.id), project.threshold);
    if (p.state === 'running') {
      // A suspended Council or suspended cooperation halts the project before it yields or progresses this turn.
      const halted = haltOf(s);
      if (!halted && p.since < s.turn) runTurn(step, project, p, name);
      // runTurn may have delivered it; a delivered project is beyond suspension.
      if (stateOf(p) !== 'running') continue;
      const why: Halt | null = halted ?? (trustHolds ? null : 'trust');
      if (why) {
        p.suspendedFor = 0;
        setState(step, project.id, p, 'SUSPEND', facts.suspended(name, why));
      }
    } else if (p.state === 'suspended' && p.since < s.turn) {
      p.suspendedFor += 1;
      if (cooperating(s) && trustHolds) {
        p.suspendedFor = 0;
        setState(step, project.id, p, 'RESUME', facts.resumed(name));
      } else if (p.suspendedFor >= cancelAfter) {
        setState(step, project.id, p, 'CANCEL', facts.cancelled(name));
      }
    } else if (p.state === 'proposed' && p.since < s.turn && !chosen.nato.includes(project.id) && !chosen.russia.includes(project.id)) {
      p.proposedBy = null;
      setState(step, project.id, p, 'LAPSE', facts.lapsed(name));
    }
  }
}
