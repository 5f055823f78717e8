/** The default letter to the participant, in English. */
export const PARTICIPANT_EN = `Our reference: {letter.reference}
{letter.placeAndDate}

{participant.fullName}
{home.name}
{home.address}

**Subject: Your placement with {host.name}**

{participant.salutation},

We are pleased to confirm your placement in the Exchanges for Cooperation programme ({placement.round}). You will spend {placement.days} with {host.name}, {placement.period}.{#if placement.driver} The purpose of the exchange is {placement.driver}.{/if}

## Placement details

**Host organisation:** {host.name}
**Address:** {host.addressLine}
**Dates:** {placement.period} ({placement.days})
{#if mentor.fullName}
**Mentor:** {mentor.fullName}{#if mentor.jobTitle}, {mentor.jobTitle}{/if}
{#if mentor.email}
**E-mail:** {mentor.email}{#if mentor.phone}, tel. {mentor.phone}{/if}
{#elseif mentor.phone}
**Phone:** {mentor.phone}
{/if}
{#else}
**Mentor:** the host will let you know before the exchange begins.
{/if}
{#if host.contact.fullName}
**Contact at the host:** {host.contact.fullName}{#if host.contact.email}, {host.contact.email}{/if}{#if host.contact.phone}, tel. {host.contact.phone}{/if}
{/if}

Please agree the time and place of your arrival on the first day with your mentor.

## What to bring

- this letter (printed or on your phone),
- an identity document with a photograph, which the host may ask for at the entrance,
- your work laptop, if you have agreed this with your mentor,
- a few notes on what you would like to learn during the exchange and what you can offer the host.

## Terms of the exchange

- **Your employment stays with your employer.** During the exchange you remain employed by {home.name}; you enter into no employment or other contract with the host. The exchange counts as working time, and your employer pays your salary and expenses under its own rules.
- **Insurance.** You remain covered by your employer’s pension, disability and health insurance, including insurance against accidents at work. The host will brief you on health and safety at its premises.
- **No payment between the parties.** The ministry, the host and your employer pay each other nothing for the exchange, and you receive no payment or other benefit from the host.
- **Confidentiality.** Business secrets, classified information and personal data you learn of at the host remain confidential, also after the exchange. The host may ask you to sign a confidentiality statement.
- **Data protection.** The ministry processes your personal data only to run and report on the programme, in accordance with the General Data Protection Regulation (EU) 2016/679 and the Slovenian Personal Data Protection Act (ZVOP-2). It keeps the data only as long as needed and then anonymises it. You may ask the ministry for access to your data, its correction or erasure.

After the exchange we will ask you for a short assessment of your experience, which helps us improve the programme. If anything comes up before or during the exchange, please contact your mentor or us.

We wish you a rewarding exchange.

Yours sincerely,

{letter.signature}

Distribution:
- addressee

Copies to:
- {host.name}
- {home.name}
- file
`
