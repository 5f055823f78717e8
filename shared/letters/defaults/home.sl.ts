/** The default letter to the participant's home organisation (the employer), in Slovenian. */
export const HOME_SL = `Številka: {letter.reference}
Datum: {letter.date}

{#if home.contact.fullName}
{home.contact.fullName}
{/if}
{home.name}
{home.address}

**Zadeva: Napotitev na izmenjavo – {participant.fullName}, {placement.period}**

{home.contact.salutation},

obveščamo vas, da bo {participant.fullName}{#if participant.jobTitle} ({participant.jobTitle}){/if} iz vaše organizacije v programu Izmenjave za sodelovanje ({placement.round}) {placement.period} ({placement.days}) na izmenjavi v organizaciji {host.name}.{#if placement.driver} Namen izmenjave je {placement.driver}.{/if} Zahvaljujemo se vam, da izmenjavo omogočate.

## Podatki o izmenjavi

**Gostiteljska organizacija:** {host.name}, {host.addressLine}
**Čas izmenjave:** {placement.period} ({placement.days})
{#if mentor.fullName}
**{#if mentor.female}Mentorica{#else}Mentor{/if} pri gostitelju:** {mentor.fullName}{#if mentor.jobTitle}, {mentor.jobTitle}{/if}
{/if}
{#if host.contact.fullName}
**Kontaktna oseba pri gostitelju:** {host.contact.fullName}{#if host.contact.email}, {host.contact.email}{/if}{#if host.contact.phone}, tel. {host.contact.phone}{/if}
{/if}

## Obveznosti delodajalca

Izmenjava ne spremeni delovnega razmerja: zaposleni ostane vaš delavec in z gostiteljem ne sklene delovnega ali drugega pogodbenega razmerja. Prosimo vas, da kot delodajalec:
- zaposlenemu za čas izmenjave omogočite odsotnost z delovnega mesta; čas izmenjave šteje v delovni čas,
- mu še naprej izplačujete plačo ter povračila stroškov za prevoz in prehrano po svojih pravilih in zanj plačujete prispevke,
- ga zavarujete kot doslej, tudi za primer poškodbe pri delu, in morebitno poškodbo pri delu med izmenjavo prijavite, kot to zahtevajo predpisi,
- nam čim prej sporočite, če zaposleni izmenjave ne more opraviti v dogovorjenem času.

Ministrstvo, gostitelj in vaša organizacija si za izmenjavo ničesar ne plačajo. Zaposleni mora pri gostitelju upoštevati njegova pravila o varnosti in zdravju pri delu ter kot zaupne varovati poslovne skrivnosti ter tajne in osebne podatke, s katerimi se seznani, tudi po koncu izmenjave. Ministrstvo osebne podatke zaposlenega obdeluje le za izvedbo programa in poročanje o njem, v skladu s Splošno uredbo o varstvu podatkov (EU) 2016/679 in Zakonom o varstvu osebnih podatkov (ZVOP-2).

Po koncu izmenjave bomo vas in zaposlenega prosili za kratko oceno. Za vprašanja smo vam na voljo.

Lep pozdrav

{letter.signature}

Vročiti:
- naslovniku

V vednost:
- {participant.fullName}
- {host.name}
- zbirka dokumentarnega gradiva
`
