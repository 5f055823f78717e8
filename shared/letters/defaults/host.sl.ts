/** The default letter to the host organisation, in Slovenian. */
export const HOST_SL = `Številka: {letter.reference}
Datum: {letter.date}

{#if host.contact.fullName}
{host.contact.fullName}
{/if}
{host.name}
{host.address}

**Zadeva: Izmenjava v vaši organizaciji – {participant.fullName}, {placement.period}**

{host.contact.salutation},

zahvaljujemo se vam za sodelovanje v programu Izmenjave za sodelovanje ({placement.round}). Potrjujemo, da bo {placement.period} ({placement.days}) pri vas na izmenjavi {participant.fullName} iz organizacije {home.name}.{#if placement.driver} Namen izmenjave je {placement.driver}.{/if}

## Kdo prihaja in kdaj

**Ime in priimek:** {participant.fullName}
{#if participant.jobTitle}
**Delovno mesto:** {participant.jobTitle}
{/if}
**Matična organizacija:** {home.name}, {home.addressLine}
{#if participant.email}
**E-pošta:** {participant.email}
{/if}
**Čas izmenjave:** {placement.period} ({placement.days})
{#if mentor.fullName}
**{#if mentor.female}Mentorica{#else}Mentor{/if}:** {mentor.fullName}{#if mentor.jobTitle}, {mentor.jobTitle}{/if}
{/if}

## Vloga mentorja

{#if mentor.fullName}
Mentor skrbi za udeleženca ves čas izmenjave. Prosimo, da:
{#else}
Prosimo, da nam mentorja sporočite najpozneje teden dni pred začetkom izmenjave. Mentor skrbi za udeleženca ves čas izmenjave in:
{/if}
- se pred začetkom z udeležencem dogovori za uro in mesto prihoda prvega dne ter pripravi načrt dela za čas izmenjave,
- udeleženca predstavi sodelavcem ter ga seznani z delom, s prostori in s pravili varnosti in zdravja pri delu,
- mu omogoči, da sodeluje pri vsakdanjem delu in pri nalogah, povezanih z namenom izmenjave,
- mu je na voljo za vprašanja in ob koncu izmenjave z njim pregleda, kaj sta se naučila,
- po koncu izmenjave izpolni kratek vprašalnik, ki ga bomo poslali.

## Pogoji izmenjave

- Udeleženec med izmenjavo ostane zaposlen v organizaciji {home.name}, ki mu izplačuje plačo in povračila stroškov; z vami ne sklene delovnega ali drugega pogodbenega razmerja.
- Udeleženec ostane zavarovan pri svojem delodajalcu, tudi za primer poškodbe pri delu. Prosimo, da ga seznanite s pravili varnosti in zdravja pri delu v vaših prostorih.
- Ministrstvo, vaša organizacija in matična organizacija si za izmenjavo ničesar ne plačajo; udeležencu ne izplačate plačila ali drugih ugodnosti.
- Udeleženec mora varovati vaše poslovne skrivnosti ter tajne in osebne podatke, s katerimi se seznani, tudi po koncu izmenjave. Lahko ga prosite, da podpiše vašo izjavo o varovanju zaupnih podatkov.
- Osebne podatke udeleženca uporabljajte le za izvedbo izmenjave, v skladu s Splošno uredbo o varstvu podatkov (EU) 2016/679 in Zakonom o varstvu osebnih podatkov (ZVOP-2).

Če se načrt izmenjave spremeni (datumi, mentor), nam to čim prej sporočite. Za vprašanja smo vam vedno na voljo.

Lep pozdrav

{letter.signature}

Vročiti:
- naslovniku

V vednost:
- {participant.fullName}
- {home.name}
- zbirka dokumentarnega gradiva
`
