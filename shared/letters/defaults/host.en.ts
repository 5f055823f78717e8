/** The default letter to the host organisation, in English. */
export const HOST_EN = `Our reference: {letter.reference}
{letter.placeAndDate}

{#if host.contact.fullName}
{host.contact.fullName}
{/if}
{host.name}
{host.address}

**Subject: Exchange at your organisation – {participant.fullName}, {placement.period}**

{host.contact.salutation},

Thank you for taking part in the Exchanges for Cooperation programme ({placement.round}). We confirm that {participant.fullName} of {home.name} will join you on an exchange {placement.period} ({placement.days}).{#if placement.driver} The purpose of the exchange is {placement.driver}.{/if}

## Who is coming and when

**Name:** {participant.fullName}
{#if participant.jobTitle}
**Job title:** {participant.jobTitle}
{/if}
**Home organisation:** {home.name}, {home.addressLine}
{#if participant.email}
**E-mail:** {participant.email}
{/if}
**Dates:** {placement.period} ({placement.days})
{#if mentor.fullName}
**Mentor:** {mentor.fullName}{#if mentor.jobTitle}, {mentor.jobTitle}{/if}
{/if}

## The mentor’s role

{#if mentor.fullName}
The mentor looks after the participant throughout the exchange. We ask the mentor to:
{#else}
Please let us know who the mentor will be at least a week before the exchange begins. The mentor looks after the participant throughout the exchange and will:
{/if}
- agree the time and place of arrival on the first day with the participant and prepare a work plan for the exchange,
- introduce the participant to colleagues and to the work, the premises and the health and safety rules,
- involve the participant in everyday work and in tasks related to the purpose of the exchange,
- be available for questions and, at the end, review with the participant what both have learnt,
- fill in a short questionnaire, which we will send after the exchange.

## Terms of the exchange

- During the exchange the participant remains employed by {home.name}, which pays the participant’s salary and expenses; the participant enters into no employment or other contract with you.
- The participant remains insured by the employer, including against accidents at work. Please brief the participant on health and safety at your premises.
- The ministry, your organisation and the home organisation pay each other nothing for the exchange; please make no payment and give no other benefit to the participant.
- The participant must keep your business secrets, classified information and personal data confidential, also after the exchange. You may ask the participant to sign your confidentiality statement.
- Please use the participant’s personal data only for the exchange, in accordance with the General Data Protection Regulation (EU) 2016/679 and the Slovenian Personal Data Protection Act (ZVOP-2).

If the plan changes (dates, mentor), please let us know as soon as possible. We are always glad to answer your questions.

{#if host.contact.fullName}
Yours sincerely,
{#else}
Yours faithfully,
{/if}

{letter.signature}

Distribution:
- addressee

Copies to:
- {participant.fullName}
- {home.name}
- file
`
