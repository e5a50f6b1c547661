export default {
  underConstruction: 'This section is under construction',
  actions: {
    register: 'Register a suggestion',
    import: 'Import from Excel',
    suggestions: 'View suggestions',
    calendar: 'View deadline calendar',
    workdays: 'Set up working days',
    importRatings: 'Import ratings',
  },
  home: {
    title: "Welcome to the Deputies' Suggestions Handling System",
    description:
      "Start by registering or importing deputies' suggestions. The system computes every time limit on the working-day calendar, records each handling step and produces statistics.",
    flowTitle: 'How a suggestion is handled',
    flow: {
      register: 'Register',
      review: 'Review',
      assign: 'Assign',
      handle: 'Handle',
      reply: 'Reply',
      rate: 'Rate',
      close: 'Close',
    },
  },
  register: {
    title: "Register a deputy's suggestion",
    description:
      'Enter suggestions one by one here: session and number, title, lead deputy and co-signers, delegation, category and date received, then review whether to accept them.',
  },
  import: {
    title: 'Import from Excel',
    description:
      'Choose an Excel workbook to import a list of suggestions, the replies of handling units or ratings. Every row is previewed with its changes and errors before anything is written.',
  },
  suggestions: {
    title: 'No suggestions yet',
    description:
      'Once suggestions are registered or imported, find them here by session, number, status or handling unit, and assign them in bulk.',
  },
  board: {
    title: 'No assigned suggestions',
    description:
      "Once suggestions are assigned, each handling unit's sign-off, handling and reply progress appears on this board by stage.",
  },
  calendar: {
    title: 'No deadlines',
    description:
      'After assignment, reply deadlines, co-handler opinion deadlines and return-request deadlines appear here on the working-day calendar (including make-up working days).',
  },
  replies: {
    title: 'No suggestions awaiting a reply',
    description:
      'Handling units record the reply and its result class here, have it reviewed and signed off, and print the reply letter in official document format.',
  },
  ratings: {
    title: 'No replies awaiting a rating',
    description:
      'After deputies receive a reply, enter their rating here: satisfied, basically satisfied or dissatisfied. Dissatisfied suggestions are handled again.',
  },
  supervision: {
    title: 'Nothing under supervision',
    description:
      'Key-supervision suggestions, suggestions due soon or overdue, and follow-up of promises made in replies are gathered here.',
  },
  statistics: {
    title: 'No statistics yet',
    description:
      'Counts of suggestions, on-time reply rates and satisfaction rates by handling unit, category, delegation and result class, with export to reports.',
  },
  settings: {
    title: 'System settings',
    description:
      'Maintain sessions, categories, handling units, time limits, the working-day calendar and data backups here.',
  },
}
