/** The default letter to the participant, in Slovenian (official-letter style; the officer can edit and reset it). */
export const PARTICIPANT_SL = `Številka: {letter.reference}
Datum: {letter.date}

{participant.fullName}
{home.name}
{home.address}

**Zadeva: Napotitev na izmenjavo v organizacijo {host.name}**

{participant.salutation},

z veseljem vas obveščamo, da ste napoteni na izmenjavo v programu Izmenjave za sodelovanje ({placement.round}). Izmenjava bo potekala {placement.period} v organizaciji {host.name}.{#if placement.driver} Namen izmenjave je {placement.driver}.{/if}

## Podatki o izmenjavi

**Gostiteljska organizacija:** {host.name}
**Naslov:** {host.addressLine}
**Čas izmenjave:** {placement.period} ({placement.days})
{#if mentor.fullName}
**{#if mentor.female}Mentorica{#else}Mentor{/if}:** {mentor.fullName}{#if mentor.jobTitle}, {mentor.jobTitle}{/if}
{#if mentor.email}
**E-pošta:** {mentor.email}{#if mentor.phone}, tel. {mentor.phone}{/if}
{#elseif mentor.phone}
**Telefon:** {mentor.phone}
{/if}
{#else}
**Mentor:** gostiteljska organizacija vam ga bo sporočila pred začetkom izmenjave.
{/if}
{#if host.contact.fullName}
**Kontaktna oseba pri gostitelju:** {host.contact.fullName}{#if host.contact.email}, {host.contact.email}{/if}{#if host.contact.phone}, tel. {host.contact.phone}{/if}
{/if}

Uro in mesto prihoda prvega dne se dogovorite z mentorjem.

## Kaj prinesete s seboj

- to pismo (natisnjeno ali v telefonu),
- osebni dokument s fotografijo, ki ga gostitelj lahko zahteva ob vstopu v svoje prostore,
- službeni prenosni računalnik, če se tako dogovorite z mentorjem,
- nekaj zapiskov o tem, kaj želite na izmenjavi spoznati in kaj lahko ponudite gostitelju.

## Pogoji izmenjave

- **Delovno razmerje ostane pri delodajalcu.** Med izmenjavo ste še naprej zaposleni v organizaciji {home.name}; z gostiteljem ne sklenete delovnega ali drugega pogodbenega razmerja. Čas izmenjave šteje v delovni čas, plačo in povračila stroškov pa vam izplača delodajalec po svojih pravilih.
- **Zavarovanje.** Ostanete pokojninsko, invalidsko in zdravstveno zavarovani pri delodajalcu, tudi za primer poškodbe pri delu. Gostitelj vas seznani s pravili varnosti in zdravja pri delu v svojih prostorih.
- **Brez plačil.** Ministrstvo, gostitelj in vaš delodajalec si za izmenjavo ničesar ne plačajo; tudi vi od gostitelja ne prejmete plačila ali drugih ugodnosti.
- **Zaupnost.** Poslovne skrivnosti ter tajni in osebni podatki, s katerimi se seznanite pri gostitelju, ostanejo zaupni tudi po koncu izmenjave. Gostitelj vas lahko prosi, da podpišete izjavo o varovanju zaupnih podatkov.
- **Varstvo osebnih podatkov.** Ministrstvo vaše osebne podatke obdeluje le za izvedbo programa in poročanje o njem, v skladu s Splošno uredbo o varstvu podatkov (EU) 2016/679 in Zakonom o varstvu osebnih podatkov (ZVOP-2). Hrani jih le, dokler so potrebni, nato jih anonimizira. Dostop do podatkov, njihov popravek ali izbris lahko zahtevate pri ministrstvu.

Po koncu izmenjave vas bomo prosili za kratko oceno izkušnje, ki nam pomaga program izboljševati. Če se vam pred izmenjavo ali med njo kaj zatakne, se obrnite na mentorja ali na nas.

Želimo vam uspešno in zanimivo izmenjavo.

Lep pozdrav

{letter.signature}

Vročiti:
- naslovniku

V vednost:
- {host.name}
- {home.name}
- zbirka dokumentarnega gradiva
`
