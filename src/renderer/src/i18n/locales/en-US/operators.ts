const operators = {
  gate: {
    title: 'Who is working?',
    intro: 'Choose your profile. Everything you record is logged under it.',
    choose: 'Continue',
    firstRunTitle: 'Create the administrator',
    firstRunIntro: 'This is the first start. Create an administrator profile; others can be added in the settings.',
    create: 'Create and continue',
    addAnother: 'Add a person',
    loading: 'Opening the database…',
  },
  fields: {
    name: 'Name',
    role: 'Role',
  },
  roles: {
    administrator: 'Administrator',
    staff: 'Staff',
    'read-only': 'Read-only',
  },
  badge: {
    switch: 'Switch person',
    signedInAs: 'Working as {{name}}',
  },
  errors: {
    'operator-name-required': 'Enter a name',
    'operator-name-taken': 'There is already a person named “{{name}}”',
  },
}
export default operators
