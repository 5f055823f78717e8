/**
 * The default certificate of participation, in Slovenian: after a completed exchange, in the past tense, the verb
 * agreeing with the participant's recorded gender (sodeloval / sodelovala; "sodeloval(a)" when it is not recorded).
 */
export const CERTIFICATE_SL = `Številka: {letter.reference}
{letter.placeAndDate}

## POTRDILO O UDELEŽBI

{ministry.name} potrjuje, da je {participant.fullName}{#if participant.jobTitle} ({participant.jobTitle}){/if} iz organizacije {home.name} {placement.period} ({placement.days}) {#if participant.female}sodelovala{#elseif participant.male}sodeloval{#else}sodeloval(a){/if} v programu Izmenjave za sodelovanje ({placement.round}) na izmenjavi v organizaciji {host.name}, {host.addressLine}.{#if placement.driver} Namen izmenjave je bil {placement.driver}.{/if}

{#if mentor.fullName}
**{#if mentor.female}Mentorica{#else}Mentor{/if} pri gostitelju:** {mentor.fullName}{#if mentor.jobTitle}, {mentor.jobTitle}{/if}
{/if}
**Gostiteljska organizacija:** {host.name}
**Matična organizacija:** {home.name}
**Čas izmenjave:** {placement.period} ({placement.days})

Potrdilo je izdano kot dokazilo o udeležbi v programu. Zahvaljujemo se za sodelovanje in prispevek k povezovanju med organizacijami.

{letter.signature}
`
