// Interface strings of the classroom material, keyed by id (English): the printable role cards, the questions to
// prepare before a game, and the debrief questions and teacher's notes of the debrief.
export const lessonStrings = {
  // ------------------------------------------------------------------ the role cards screen
  'roleCards.title': 'Role cards',
  'roleCards.heading': 'Role cards for the classroom',
  'roleCards.intro':
    'One printable card per side: the situation, goals and red lines in the side’s own voice, the flashpoints and their clocks, the main options, the sources, and questions to prepare before the game.',
  'roleCards.scenario': 'Scenario',
  'roleCards.side': 'Card for',
  'roleCards.side.nato': 'NATO',
  'roleCards.side.russia': 'Russia',
  'roleCards.side.both': 'Both sides',
  'roleCards.side.both.hint': 'Two cards, each starting on a new page.',
  'roleCards.print': 'Print the role card',
  'roleCards.printBoth': 'Print both sides',
  'roleCards.printHint': 'Print opens your browser’s print dialog: choose “Save as PDF” for a file. One A4 page per side, two at most.',
  'roleCards.preview': 'Preview',
  'roleCards.loading': 'Loading the scenarios…',
  'roleCards.noScenario': 'No playable scenario was found.',
  'roleCards.broken': '{file} cannot be used: {problem}',
  'roleCards.printing': 'Opening the print dialog.',
  'roleCards.printUnavailable': 'Printing is not available in this browser.',
  'roleCards.shown': 'Showing the card for {side}: {title}.',
  'roleCards.shownBoth': 'Showing both cards: {title}.',
  'roleCards.escHint': 'Escape: back to the title.',

  // ------------------------------------------------------------------ the card itself
  'roleCards.card.kicker': 'Trust Deficit · role card',
  'roleCards.card.for': 'Your side: {side}',
  'roleCards.card.period': '{start} to {end}: {turns} half-years, one decision round each.',
  'roleCards.card.situation': 'Situation',
  'roleCards.card.goals': 'Goals',
  'roleCards.card.redLines': 'Red lines',
  'roleCards.card.briefing': 'Briefing',
  'roleCards.card.more': 'More from the briefing',
  'roleCards.card.flashpoints': 'Flashpoints and their clocks',
  'roleCards.card.noFlashpoints': 'This scenario has no flashpoints: the game is about the projects and the channels.',
  'roleCards.card.options': 'Your main options (capital cost in brackets)',
  'roleCards.card.optionsNote':
    'You have a budget of capital each half-year. “Both” options need the other side to join. ▲ cooperative, ■ neutral, ▼ competitive.',
  'roleCards.card.option': '{name} ({cost})',
  'roleCards.card.optionShared': '{name} ({cost}, both)',
  'roleCards.card.signal': '{strength}, {direction}',
  'roleCards.card.noSignal': 'No signal of intent',
  'roleCards.card.project': 'joint project at {threshold} % trust',
  'roleCards.card.stanceMark.cooperative': '▲',
  'roleCards.card.stanceMark.neutral': '■',
  'roleCards.card.stanceMark.competitive': '▼',
  'roleCards.card.stanceName.cooperative': 'cooperative',
  'roleCards.card.stanceName.neutral': 'neutral',
  'roleCards.card.stanceName.competitive': 'competitive',
  'roleCards.card.questions': 'Questions to prepare',
  'roleCards.card.questionsNote': 'Discuss them in your team before the first turn.',
  'roleCards.card.sources': 'Sources',
  'roleCards.card.footer': '{title} · {side} · Trust Deficit',

  // The flashpoints' clocks, from the scenario's numbers.
  'roleCards.fp.md': 'Missile defence',
  'roleCards.fp.md.site': '{name}: goes live in {when} if NATO commits it and does not pause it.',
  'roleCards.fp.md.siteAfter': '{name}: would go live in {when}, after the game ends, if NATO commits it.',
  'roleCards.fp.md.joint': 'A joint system needs {trust} % trust on both sides and a joint centre running for {turns} half-years.',
  'roleCards.fp.enlargement': 'The open door (Ukraine and Georgia)',
  'roleCards.fp.enlargement.clock': '{turns} half-years of criteria-based openness met by respect for free choice settle the question.',
  'roleCards.fp.ukraine': 'Ukraine crisis',
  'roleCards.fp.ukraine.when': 'The crisis breaks in {when}.',
  'roleCards.fp.ukraine.kyiv':
    'Kyiv chooses between the EU Association Agreement and the Customs Union at the end of {when}. From then on the country may break into crisis: the likelier, the more it was pressed and split, and after an agreement Moscow distrusts.',
  'roleCards.fp.ukraine.clock':
    'It escalates at once if Russia’s trust in NATO is below {below} % and the door is contested or forced; containing it needs {contain} % trust on both sides ({mechanism} % with a consultation mechanism).',
  'roleCards.fp.transnistria': 'Transnistria mediation',
  'roleCards.fp.transnistria.clock':
    'Joint work in the OSCE-led 5+2 talks starts at {trust} % trust on both sides; after {turns} half-years of joint commitment a settlement is attempted, and Chisinau and Tiraspol must both consent.',

  // ------------------------------------------------------------------ questions to prepare (chosen per side and flashpoint)
  'lesson.prep.nato.signals':
    'Which of your options is a costly signal that Russia could not easily dismiss, and which are cheap talk? What would you be ready to pay for a costly one?',
  'lesson.prep.nato.misreading':
    'Which of your defensive moves (a site, an exercise, reassuring the eastern allies) could Moscow misread as hostile? How would you make them harder to misread?',
  'lesson.prep.nato.redLines':
    'Where exactly are your red lines, and which of Russia’s demands come closest to them? What could you give that does not cross them?',
  'lesson.prep.nato.deficit':
    'Russia’s trust in you starts low: which small, verifiable steps would you take first to narrow the trust deficit?',
  'lesson.prep.russia.signals':
    'Which of your options is a costly signal that NATO could not easily dismiss, and which are cheap talk? What would you be ready to pay for a costly one?',
  'lesson.prep.russia.misreading':
    'Which of NATO’s moves will you be tempted to read as hostile? What would have to happen before you read them as defensive?',
  'lesson.prep.russia.redLines':
    'Where exactly are your red lines, and which of NATO’s plans come closest to them? What could you accept that does not cross them?',
  'lesson.prep.russia.deficit':
    'NATO’s trust in you starts low: which small, verifiable steps would you take first to narrow the trust deficit?',
  'lesson.prep.nato.md':
    'Missile defence: what would make Russia believe the sites are not aimed at its deterrent? Is a joint centre worth a delay?',
  'lesson.prep.russia.md':
    'Missile defence: which of your three conditions matters most, and what would you offer in return for a guarantee?',
  'lesson.prep.nato.enlargement':
    'The open door: how will you keep your promise to Ukraine and Georgia without making Russia read it as a threat, or splitting your allies?',
  'lesson.prep.russia.enlargement':
    'The open door: what would convince you that NATO’s door is not a threat? Is respecting your neighbours’ free choice a price you could pay?',
  'lesson.prep.nato.ukraine':
    'Ukraine: Kyiv chooses in 2013, and the crisis comes only if the country breaks. What would keep it whole (talks with Moscow, no pressure), and what must be in place (trust, a channel that stays open) to contain a crisis that breaks?',
  'lesson.prep.russia.ukraine':
    'Ukraine: pressing Kyiv before Vilnius may win it for the Customs Union, or break the country. If a crisis breaks, would you intervene, de-escalate or mediate with NATO, and what would each choice tell NATO about you?',
  'lesson.prep.nato.transnistria':
    'Transnistria: NATO has no seat in the 5+2 talks; it can support them from outside. A deal needs trust on both sides, years of commitment and the consent of Chisinau and Tiraspol. Would you back a settlement with money and guarantees?',
  'lesson.prep.russia.transnistria':
    'Transnistria: is a settlement worth giving up the leverage of the status quo? What would show NATO that you are a partner, not a spoiler?',

  // ------------------------------------------------------------------ the debrief: six classic questions, teacher's notes
  'lesson.debrief.heading': 'Debrief questions',
  'lesson.debrief.intro':
    'The six classic debriefing questions, in order. Write the class’s answers in the boxes: they are saved with the game on this device (never sent anywhere), come back after the replay viewer or a reload, and are printed and exported with it.',
  'lesson.debrief.answer': 'Class answers: {question}',
  'lesson.debrief.feel': 'How did it feel?',
  'lesson.debrief.feel.prompt.teams':
    'Each team in one word, then why. When did you feel trusted, cheated or afraid? {nato} played NATO and {russia} played Russia; the game ended with trust at NATO {natoTrust} % and Russia {russiaTrust} %.',
  'lesson.debrief.feel.prompt':
    'Each team in one word, then why. When did you feel trusted, cheated or afraid? You played {side}; the game ended with trust at NATO {nato} % and Russia {russia} %.',
  'lesson.debrief.happened': 'What happened?',
  'lesson.debrief.happened.prompt': 'The outcome: {outcome}. Retell the game around the three moves that moved trust most:',
  'lesson.debrief.happened.none': 'No single move changed trust: retell the game from the turns and the chart.',
  'lesson.debrief.happened.move.one': '{label}, {side}: {name} ({delta} point of {observer}’s trust{misread})',
  'lesson.debrief.happened.move.other': '{label}, {side}: {name} ({delta} points of {observer}’s trust{misread})',
  'lesson.debrief.happened.misread': ', misread',
  'lesson.debrief.learned': 'What did you learn?',
  'lesson.debrief.learned.prompt':
    'Which moves were costly signals and which cheap talk? {misreadings} Which step was blocked by a trust deficit, and why?',
  'lesson.debrief.learned.misreadings.none': 'No move was misread in this game: why not?',
  'lesson.debrief.learned.misreadings.one': 'One move was misread by the other side: which, and why?',
  'lesson.debrief.learned.misreadings.other': '{n} moves were misread by the other side: which, and why?',
  'lesson.debrief.real': 'How does it relate to what really happened?',
  'lesson.debrief.real.prompt':
    'Played as history went, this scenario ends in {outcome} on this seed. Compare your path with the historical one: the grey lines of the trust chart and “Your path and what happened” above. Where did you part from history, and why?',
  'lesson.debrief.real.none':
    'This scenario has no historical path to compare with: how does your game compare with what you know of the period?',
  'lesson.debrief.whatIf': 'What if?',
  'lesson.debrief.whatIf.prompt':
    'Press “Open the replay viewer” below, go to any turn and fork it: the game plays on from there with other choices. Which turn would you fork, what would you do instead, and what do you expect?',
  'lesson.debrief.next': 'What next?',
  'lesson.debrief.next.prompt':
    'What would each side have to do first to rebuild trust in the real relationship today? What will your team try in the next game?',
  'lesson.notes.heading': 'Teacher’s notes',
  'lesson.notes.none': 'No notes yet.',
} as const satisfies Record<string, string>;
