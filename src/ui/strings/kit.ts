// The lesson kit (issue 12): the 45- and 90-minute plans, what to say at each step, the play-time estimates.
export const kitStrings = {
  'title.kit': 'Lesson kit',
  'title.kit.hint': 'Plans for a 45- and a 90-minute lesson, what to say at each step, and how long each scenario takes.',
  'kit.heading': 'Lesson kit',
  'kit.intro':
    'Everything a teacher needs to run a lesson with no technical help: two plans with their timings and what to say, the debrief questions, and how long each scenario plays. Print it and keep it beside you.',
  'kit.print': 'Print the kit',
  'kit.printing': 'The print dialog is open: choose "Save as PDF" for a file.',
  'kit.back': 'Back to the title',
  'kit.objectives': 'Objectives',
  'kit.objective.1': 'Explain trust as a belief about the other side that every act is evidence for, not a feeling.',
  'kit.objective.2': 'Tell costly signals from cheap talk, and see how an ambiguous move is misread when trust is low (the spiral).',
  'kit.objective.3': 'Compare the game with what NATO and Russia actually did from 2013 to 2015, and argue what could have gone otherwise.',
  'kit.before': 'Before the lesson',
  'kit.before.1':
    'Open the game on the projector (Settings: projector mode) and, on your own laptop or tablet, the teacher\u2019s console: the "Teacher\u2019s console" button or Ctrl+Shift+X, a PIN of 4 to 8 digits, then "Open the console in a new window".',
  'kit.before.2': 'Print the role cards of "{scenario}" (title menu, Role cards): one NATO and one Russia card per team.',
  'kit.before.3': 'Split the class into teams of 3 to 5; each pair of teams shares one device (hot-seat).',
  'kit.plan.45': 'The 45-minute plan',
  'kit.plan.45.intro': 'One hot-seat game of "{scenario}" ({turns} half-years, 2-minute timers), the fog of trust on.',
  'kit.plan.90': 'The 90-minute plan',
  'kit.plan.90.intro': 'The tutorial together, then a game of "{scenario}" per pair of teams, the class board and a longer debrief.',
  'kit.col.minutes': 'Minutes',
  'kit.col.phase': 'Phase',
  'kit.col.do': 'What to do',
  'kit.col.say': 'What to say',
  'kit.phase.minutes': '{from}–{to}',
  'kit.total': 'Total: {minutes} minutes.',
  'kit.45.hook': 'Hook',
  'kit.45.hook.do': 'Show the title screen. Ask: can two rivals ever trust each other, and how would they know?',
  'kit.45.hook.say': '"Today you are NATO or Russia in 2013. You will not know what the other side really wants, only what it does."',
  'kit.45.brief': 'Briefing and roles',
  'kit.45.brief.do':
    'Hand out the role cards. New game: "{scenario}", two teams, the team names, the fog of trust on, a 2-minute timer. Read the briefing aloud.',
  'kit.45.brief.say':
    '"Each half-year both teams choose in secret. Words are cheap; costly acts move trust. Watch the Vilnius summit at the end of 2013."',
  'kit.45.play': 'Play',
  'kit.45.play.do':
    'Six half-years of hot-seat play: NATO chooses, hands over, Russia chooses; read each result aloud. Use the console to pause, to add a note for the debrief, or to end the game early if time runs short.',
  'kit.45.play.say':
    '"What did they just do, and what does it tell you about them? Is it costly, or only talk?" After the crisis: "Who moved first?"',
  'kit.45.debrief': 'Debrief',
  'kit.45.debrief.do':
    'The debrief lifts the fog: both trusts, both true types. Take three of the six questions below; type the class\u2019s answers into the boxes (they are saved with the game).',
  'kit.45.debrief.say':
    '"Were you right about the other side? Which of your moves did they misread, and why?" Close with the historical path.',
  'kit.90.hook': 'Hook and objectives',
  'kit.90.hook.do': 'State the three objectives. Ask what makes a promise between states believable.',
  'kit.90.hook.say': '"Trust here is a probability: how likely you think it is that the other side is a partner."',
  'kit.90.tutorial': 'The tutorial together',
  'kit.90.tutorial.do':
    'Play "{tutorial}" ({tutorialTurns} half-years) on the projector with the whole class voting on each move (single player against the reciprocator).',
  'kit.90.tutorial.say': '"Watch the trust bars: which moves moved them, and which did nothing?"',
  'kit.90.brief': 'Briefing and roles',
  'kit.90.brief.do': 'As in the 45-minute plan: role cards, one hot-seat game of "{scenario}" per pair of teams, 2-minute timers.',
  'kit.90.brief.say': '"You keep your own trust visible; the other side\u2019s stays hidden until the debrief."',
  'kit.90.play': 'Play',
  'kit.90.play.do':
    'Six half-years. From the console, inject one event in 2014 (for example an incident) and note the teams\u2019 reactions for the debrief.',
  'kit.90.play.say': '"Did the incident change what you believe about them, or only what you fear?"',
  'kit.90.board': 'The class board',
  'kit.90.board.do':
    'Each pair copies its replay link from the debrief; paste them all into the class board (title menu) and project it: outcomes, curves, where the games diverged.',
  'kit.90.board.say': '"Same start, same rules: why did your games end so differently? Where did they first part?"',
  'kit.90.debrief': 'Debrief',
  'kit.90.debrief.do': 'All six questions, in order, in each team\u2019s debrief; then share one answer per team with the class.',
  'kit.90.debrief.say': '"What would have to be true for 2014 to have gone otherwise? What would you do next time?"',
  'kit.questions': 'Debrief questions',
  'kit.questions.intro': 'The six questions of the game\u2019s debrief, each with a prompt drawn from the class\u2019s own game:',
  'kit.times': 'How long each scenario plays',
  'kit.times.intro':
    'An estimate for hot-seat play with 2-minute timers: two decisions and about a minute for the hand-over and the results per half-year, so {perTurn} minutes per half-year; add the briefing and the debrief.',
  'kit.times.col.scenario': 'Scenario',
  'kit.times.col.turns': 'Half-years',
  'kit.times.col.minutes': 'Play time',
  'kit.times.col.fits': 'Fits',
  'kit.times.minutes': 'about {minutes} min',
  'kit.times.fits.45': 'a 45-minute lesson',
  'kit.times.fits.90': 'a 90-minute lesson',
  'kit.times.fits.none': 'a project over several lessons (or end it early from the console)',
  'kit.tips': 'If something goes wrong',
  'kit.tip.1':
    'Time runs short: the console\u2019s "End now and debrief" ends the game after the last half-year played; the debrief shows the outcome if it ended there, and the replay still verifies.',
  'kit.tip.2':
    'A tab was closed or reloaded: Continue on the title reopens the game where it was, the sealed choice of the first team included.',
  'kit.tip.3': 'A team peeked: the hand-over asks the second team to type its side\u2019s letter before its screen opens.',
} as const satisfies Record<string, string>;
