// Interface strings of the map screens, keyed by id (English).
export const mapStrings = {
  'map.loading': 'Loading the map…',
  'map.loadFailed': 'The map could not be loaded.',

  'map.country.russia': 'RUSSIA',
  'map.country.ukraine': 'UKRAINE',
  'map.country.georgia': 'GEORGIA',
  'map.country.afghanistan': 'AFGHANISTAN',
  'map.country.transnistria': 'Transnistria',

  'map.site.planned': 'site planned',
  'map.site.committed': 'site committed',
  'map.site.live': 'site live',
  'map.site.live-joint': 'site live, joint system',
  'map.site.paused': 'site paused',
  'map.site.romania': 'Romania missile defence site',
  'map.site.poland': 'Poland missile defence site',

  'map.md.talks': 'exclave',
  'map.md.joint-centre': 'joint data centre',
  'map.md.joint-system': 'joint missile defence',
  'map.md.deadlock': 'missile defence deadlock',
  'map.md.countermeasures': 'Iskanders deployed',

  'map.transnistria.frozen': 'frozen conflict',
  'map.transnistria.mediation': '5+2 talks',
  'map.transnistria.stalled': 'mediation stalled',
  'map.transnistria.settled': 'settled',

  'map.ukraine.dormant': 'Black Sea Fleet',
  'map.ukraine.crisis': 'crisis',
  'map.ukraine.escalated': 'intervention',
  'map.ukraine.contained': 'crisis contained',

  'map.enlargement.open-door': 'open door',
  'map.enlargement.criteria-based': 'criteria-based path',
  'map.enlargement.fast-track': 'fast-tracked to NATO',
  'map.enlargement.paused': 'enlargement paused',
  'map.enlargement.contested': 'membership contested',
  'map.enlargement.accommodation': 'free choice respected',

  'map.projects.count.one': '{n} joint project',
  'map.projects.count.other': '{n} joint projects',

  'map.channel.open': 'NATO–Russia Council: open',
  'map.channel.suspended': 'NATO–Russia Council: suspended',
  'map.transit.label': 'Northern transit route',

  'map.inset.title': 'Inset: Gulf of Aden',
  'map.legend.title': 'Map key',
  'map.legend.nato': 'NATO members, 2010 (hatched)',
  'map.legend.russia': 'Russia (dotted)',
  'map.legend.partner': 'Ukraine, Georgia, Moldova (striped)',
  'map.legend.other': 'Other countries',
  'map.legend.channelOpen': 'Council open (solid line)',
  'map.legend.channelSuspended': 'Council suspended (dashed)',

  'map.describe.intro':
    'Map of Europe, Russia, the Middle East and Central Asia: NATO members of 2010, Russia with Kaliningrad, and Ukraine, Georgia and Moldova.',
  'map.describe.place': '{place}: {status}.',
  'map.describe.channel': '{status}.',
  'map.describe.transitOn': 'Afghan transit across Russia: running.',
  'map.describe.transitOff': 'Afghan transit across Russia: not running.',
  'map.describe.source': 'Borders: Natural Earth.',
} as const satisfies Record<string, string>;
