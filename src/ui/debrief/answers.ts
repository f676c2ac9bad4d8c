// The class's answers on the debrief, kept with the game (issue 12): each change goes into the session at once and is
// autosaved a moment later (not on every key), and at once when the screen or the page goes away, so that a trip to
// the replay viewer, a reload or a closed tab loses nothing. The JSON export lists them with their questions.
import { announce } from '../dom.js';
import { DEBRIEF_QUESTIONS, type DebriefAnswers, type DebriefQuestion, type GameSession } from '../session.js';
import { autosave } from '../storage.js';
import { t, type StringId } from '../strings.js';

const SAVE_AFTER_MS = 400;

export interface AnswerSaver {
  onAnswer(id: DebriefQuestion, text: string): void;
  /** Saves now if a change is waiting. */
  flush(): void;
}

export function answerSaver(session: GameSession): AnswerSaver {
  let waiting: number | undefined;
  const save = (): void => {
    window.clearTimeout(waiting);
    waiting = undefined;
    const saved = autosave(session);
    if (!saved.ok) announce(saved.error.message);
  };
  return {
    onAnswer(id, text) {
      session.setAnswer(id, text);
      window.clearTimeout(waiting);
      waiting = window.setTimeout(save, SAVE_AFTER_MS);
    },
    flush() {
      if (waiting !== undefined) save();
    },
  };
}

/** The question's heading, for the export. */
const questionTitle = (id: DebriefQuestion): string => t(`lesson.debrief.${id}` as StringId);

/** The answers in the questions' order, each with its question, for the export. */
export const exportedAnswers = (answers: DebriefAnswers): { id: DebriefQuestion; question: string; answer: string }[] =>
  DEBRIEF_QUESTIONS.flatMap((id) => {
    const answer = answers[id];
    return answer ? [{ id, question: questionTitle(id), answer }] : [];
  });
