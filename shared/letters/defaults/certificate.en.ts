/** The default certificate of participation, in English: after a completed exchange, in the past tense. */
export const CERTIFICATE_EN = `Our reference: {letter.reference}
{letter.placeAndDate}

## CERTIFICATE OF PARTICIPATION

This is to certify that {participant.fullName}{#if participant.jobTitle} ({participant.jobTitle}){/if} of {home.name} took part in the Exchanges for Cooperation programme ({placement.round}), on an exchange with {host.name}, {host.addressLine}, {placement.period} ({placement.days}).{#if placement.driver} The purpose of the exchange was {placement.driver}.{/if}

{#if mentor.fullName}
**Mentor at the host:** {mentor.fullName}{#if mentor.jobTitle}, {mentor.jobTitle}{/if}
{/if}
**Host organisation:** {host.name}
**Home organisation:** {home.name}
**Dates:** {placement.period} ({placement.days})

This certificate is issued as proof of participation in the programme. We thank the participant for taking part and for helping organisations work together.

{letter.signature}
`
