/** The default letter to the participant's home organisation (the employer), in English. */
export const HOME_EN = `Our reference: {letter.reference}
{letter.placeAndDate}

{#if home.contact.fullName}
{home.contact.fullName}
{/if}
{home.name}
{home.address}

**Subject: Exchange placement – {participant.fullName}, {placement.period}**

{home.contact.salutation},

We are writing to let you know that {participant.fullName}{#if participant.jobTitle} ({participant.jobTitle}){/if} of your organisation will take part in an exchange with {host.name} in the Exchanges for Cooperation programme ({placement.round}), {placement.period} ({placement.days}).{#if placement.driver} The purpose of the exchange is {placement.driver}.{/if} Thank you for making the exchange possible.

## Placement details

**Host organisation:** {host.name}, {host.addressLine}
**Dates:** {placement.period} ({placement.days})
{#if mentor.fullName}
**Mentor at the host:** {mentor.fullName}{#if mentor.jobTitle}, {mentor.jobTitle}{/if}
{/if}
{#if host.contact.fullName}
**Contact at the host:** {host.contact.fullName}{#if host.contact.email}, {host.contact.email}{/if}{#if host.contact.phone}, tel. {host.contact.phone}{/if}
{/if}

## The employer’s obligations

The exchange does not change the employment relationship: the employee remains yours and enters into no employment or other contract with the host. As the employer, we ask you to:
- release the employee from their usual duties for the exchange; the exchange counts as working time,
- continue to pay the employee’s salary, travel and meal allowances under your own rules, and the social security contributions,
- keep the employee insured as before, including against accidents at work, and report any accident at work during the exchange as the regulations require,
- let us know as soon as possible if the employee cannot take part on the agreed dates.

The ministry, the host and your organisation pay each other nothing for the exchange. At the host the employee must follow its health and safety rules and keep business secrets, classified information and personal data confidential, also after the exchange. The ministry processes the employee’s personal data only to run and report on the programme, in accordance with the General Data Protection Regulation (EU) 2016/679 and the Slovenian Personal Data Protection Act (ZVOP-2).

After the exchange we will ask you and the employee for a short assessment. We are glad to answer any questions.

{#if home.contact.fullName}
Yours sincerely,
{#else}
Yours faithfully,
{/if}

{letter.signature}

Distribution:
- addressee

Copies to:
- {participant.fullName}
- {host.name}
- file
`
