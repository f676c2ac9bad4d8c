// Scene keys: the screens of the game and how they follow one another.
export const SCENES = {
  boot: 'boot',
  title: 'title',
  newGame: 'new-game',
  briefing: 'briefing',
  turn: 'turn',
  resolution: 'resolution',
  debrief: 'debrief',
  replayViewer: 'replay-viewer',
  classBoard: 'class-board',
  roleCards: 'role-cards',
  lessonKit: 'lesson-kit',
} as const;

export type SceneKey = (typeof SCENES)[keyof typeof SCENES];
