import type { AreaMessages } from '../types'

/**
 * Consent per nomination (recorded by hand, from the import file, withdrawn), the import preview's consent
 * warnings, the confirmation of an import's undo, and the letters screen's link to record consent. Dates in
 * error parameters are numbers (noon UTC of the day) so each language writes them its own way.
 */
export const consentMessages: AreaMessages = {
  sl: {
    'error.consent.badDate': '„{date}“ ni datum. Vpišite ga v obliki LLLL-MM-DD, na primer 2026-12-08.',
    'error.consent.futureDate': 'Datum {date, date, ::yMd} je v prihodnosti (danes je {today, date, ::yMd}). Soglasje zabeležite na dan, ko je prispelo ali bilo preklicano. Nič ni spremenjeno.',
    'error.consent.withdrawBeforeGiven': 'Oseba {name} je soglasje dala {given, date, ::yMd}, zato ga ni mogla preklicati že {date, date, ::yMd}. Nič ni spremenjeno.',
    'error.consent.noneChosen': 'Izberite vsaj eno prijavo.',
    'error.consent.notInRound': 'Prijava {nomination} ni v tem krogu. Nič ni spremenjeno.',
    'error.consent.unknownEmail': 'V krogu „{round}“ ni prijave z e-poštnim naslovom {email}. Nič ni spremenjeno.',
    'error.consent.chooseWho': 'Navedite, za koga: --email NASLOV (lahko večkrat) ali --all za vse prijave kroga.',
    'error.consent.methodWithWithdraw': '--method velja samo za dano soglasje, ne za preklic (--withdraw).',

    'consent.method.form': 'podpisan obrazec',
    'consent.method.email': 'e-pošta',
    'consent.method.file': 'v uvoženi datoteki',

    'consent.cli.command': 'zabeleži, da je soglasje prejeto ali preklicano (za navedene naslove ali vse prijave kroga)',
    'consent.cli.given': 'Soglasje zabeleženo kot dano {on, date, ::yMd} ({method}): {changed, plural, one {# prijava} two {# prijavi} few {# prijave} other {# prijav}}; že prej tako: {unchanged}.',
    'consent.cli.withdrawn': 'Soglasje zabeleženo kot preklicano {on, date, ::yMd}: {changed, plural, one {# prijava} two {# prijavi} few {# prijave} other {# prijav}}; že prej tako: {unchanged}. Pisma za te osebe ne bodo več izdana.',

    'audit.action.consent': 'soglasje prejeto',
    'audit.action.consentWithdrawn': 'soglasje preklicano',
    'audit.field.consent': 'soglasje velja',
    'audit.field.consentOn': 'soglasje prejeto',
    'audit.field.consentMethod': 'način',
    'audit.field.consentWithdrawnOn': 'soglasje preklicano',


    'consent.ui.column': 'Soglasje',
    'consent.ui.given': 'dano {date}',
    'consent.ui.givenUndated': 'dano',
    'consent.ui.withdrawn': 'preklicano {date}',
    'consent.ui.none': 'ni soglasja',
    'consent.ui.filter': 'Prikaži',
    'consent.ui.filter.all': 'vse prijave',
    'consent.ui.filter.none': 'brez soglasja',
    'consent.ui.filter.given': 's soglasjem',
    'consent.ui.filter.withdrawn': 's preklicanim soglasjem',
    'consent.ui.selectAll': 'Izberi vse prikazane prijave',
    'consent.ui.select': 'Izberi: {name}',
    'consent.ui.selected': 'Izbranih: {count}',
    'consent.ui.record': 'Zabeleži soglasje',
    'consent.ui.withdraw': 'Prekliči soglasje',
    'consent.ui.recordOneFor': 'Soglasje za {name}',
    'consent.ui.giveTitle': 'Soglasje prejeto – {count, plural, one {# prijava} two {# prijavi} few {# prijave} other {# prijav}}',
    'consent.ui.withdrawTitle': 'Preklic soglasja – {count, plural, one {# prijava} two {# prijavi} few {# prijave} other {# prijav}}',
    'consent.ui.people': 'Za: {names}',
    'consent.ui.morePeople': '{names} in še {count}',
    'consent.ui.action': 'Kaj se je zgodilo',
    'consent.ui.action.give': 'Soglasje je prispelo',
    'consent.ui.action.withdraw': 'Soglasje je preklicano',
    'consent.ui.givenOn': 'Datum prejema',
    'consent.ui.withdrawnOn': 'Datum preklica',
    'consent.ui.method': 'Kako je prispelo',
    'consent.ui.withdrawHint': 'Od tega dne pisma tem osebam ne bodo več izdana.',
    'consent.ui.save': 'Zabeleži',
    'consent.ui.doneGiven': 'Soglasje zabeleženo kot dano {on} ({method}): {changed, plural, one {# prijava} two {# prijavi} few {# prijave} other {# prijav}}, že prej tako: {unchanged}.',
    'consent.ui.doneWithdrawn': 'Soglasje zabeleženo kot preklicano {on}: {changed, plural, one {# prijava} two {# prijavi} few {# prijave} other {# prijav}}, že prej tako: {unchanged}.',
    'consent.ui.consentWarning': 'Preden uvozite: {message}',

    'consent.letters.without':
      '{count, plural, one {# potrjena izmenjava je brez soglasja udeleženca} two {# potrjeni izmenjavi sta brez soglasja udeležencev} few {# potrjene izmenjave so brez soglasja udeležencev} other {# potrjenih izmenjav je brez soglasja udeležencev}}; pisma {count, plural, one {zanjo} two {zanju} few {zanje} other {zanje}} ni mogoče izdati.',
    'consent.letters.record': 'Zabeleži soglasje pri prijavah',

    'import.undo.title': 'Razveljavim uvoz datoteke {file}?',
    'import.undo.body':
      'Iz kroga {inserted, plural, one {bo odstranjena # prijava} two {bosta odstranjeni # prijavi} few {bodo odstranjene # prijave} other {bo odstranjenih # prijav}} iz datoteke {file} (uvoz {batch}), skupaj z osebami in organizacijami, ki jih je ta uvoz dodal.',
    'import.undo.bodyUpdated': '{updated, plural, one {# posodobljena prijava bo dobila} two {# posodobljeni prijavi bosta dobili} few {# posodobljene prijave bodo dobile} other {# posodobljenih prijav bo dobilo}} nazaj prejšnje podatke.',
    'import.undo.backup': 'Pred tem se naredi varnostna kopija baze.',
    'import.undo.confirm': 'Razveljavi uvoz',
    'import.undo.done': 'Uvoz {batch} ({file}) je razveljavljen. Odstranjeno – prijav: {nominations}, oseb: {people}, organizacij: {organisations}; vrnjenih prejšnjih podatkov: {restored}.',
  },
  en: {
    'error.consent.badDate': '“{date}” is not a date. Write it as YYYY-MM-DD, for example 2026-12-08.',
    'error.consent.futureDate': '{date, date, ::yMMMd} is in the future (today is {today, date, ::yMMMd}). Record consent on the day it arrived or was withdrawn. Nothing was changed.',
    'error.consent.withdrawBeforeGiven': '{name} gave consent on {given, date, ::yMMMd}, so it cannot have been withdrawn on {date, date, ::yMMMd}. Nothing was changed.',
    'error.consent.noneChosen': 'Choose at least one nomination.',
    'error.consent.notInRound': 'Nomination {nomination} is not in this round. Nothing was changed.',
    'error.consent.unknownEmail': 'No nomination in the round “{round}” has the e-mail address {email}. Nothing was changed.',
    'error.consent.chooseWho': 'Say for whom: --email ADDRESS (may be repeated) or --all for every nomination of the round.',
    'error.consent.methodWithWithdraw': '--method applies to consent given, not to a withdrawal (--withdraw).',

    'consent.method.form': 'signed form',
    'consent.method.email': 'e-mail',
    'consent.method.file': 'in the imported file',

    'consent.cli.command': 'record that consent was received or withdrawn (for the given addresses or every nomination of a round)',
    'consent.cli.given': 'Consent recorded as given on {on, date, ::yMMMd} ({method}): {changed, plural, one {# nomination} other {# nominations}}; already so: {unchanged}.',
    'consent.cli.withdrawn': 'Consent recorded as withdrawn on {on, date, ::yMMMd}: {changed, plural, one {# nomination} other {# nominations}}; already so: {unchanged}. No more letters will be issued for these people.',

    'audit.action.consent': 'consent received',
    'audit.action.consentWithdrawn': 'consent withdrawn',
    'audit.field.consent': 'consent in force',
    'audit.field.consentOn': 'consent received',
    'audit.field.consentMethod': 'how',
    'audit.field.consentWithdrawnOn': 'consent withdrawn',


    'consent.ui.column': 'Consent',
    'consent.ui.given': 'given {date}',
    'consent.ui.givenUndated': 'given',
    'consent.ui.withdrawn': 'withdrawn {date}',
    'consent.ui.none': 'no consent',
    'consent.ui.filter': 'Show',
    'consent.ui.filter.all': 'all nominations',
    'consent.ui.filter.none': 'without consent',
    'consent.ui.filter.given': 'with consent',
    'consent.ui.filter.withdrawn': 'with consent withdrawn',
    'consent.ui.selectAll': 'Select all nominations shown',
    'consent.ui.select': 'Select {name}',
    'consent.ui.selected': 'Selected: {count}',
    'consent.ui.record': 'Record consent',
    'consent.ui.withdraw': 'Withdraw consent',
    'consent.ui.recordOneFor': 'Consent of {name}',
    'consent.ui.giveTitle': 'Consent received – {count, plural, one {# nomination} other {# nominations}}',
    'consent.ui.withdrawTitle': 'Consent withdrawn – {count, plural, one {# nomination} other {# nominations}}',
    'consent.ui.people': 'For: {names}',
    'consent.ui.morePeople': '{names} and {count} more',
    'consent.ui.action': 'What happened',
    'consent.ui.action.give': 'Consent arrived',
    'consent.ui.action.withdraw': 'Consent was withdrawn',
    'consent.ui.givenOn': 'Date received',
    'consent.ui.withdrawnOn': 'Date withdrawn',
    'consent.ui.method': 'How it arrived',
    'consent.ui.withdrawHint': 'From this day no more letters will be issued to these people.',
    'consent.ui.save': 'Record',
    'consent.ui.doneGiven': 'Consent recorded as given on {on} ({method}): {changed, plural, one {# nomination} other {# nominations}}, already so: {unchanged}.',
    'consent.ui.doneWithdrawn': 'Consent recorded as withdrawn on {on}: {changed, plural, one {# nomination} other {# nominations}}, already so: {unchanged}.',
    'consent.ui.consentWarning': 'Before you import: {message}',

    'consent.letters.without':
      '{count, plural, one {# confirmed placement has} other {# confirmed placements have}} no consent from the participant; no letter can be issued for {count, plural, one {it} other {them}}.',
    'consent.letters.record': 'Record consent in Nominations',

    'import.undo.title': 'Undo the import of {file}?',
    'import.undo.body':
      '{inserted, plural, one {# nomination} other {# nominations}} from {file} (import {batch}) will be removed from the round, with the people and organisations this import added.',
    'import.undo.bodyUpdated': '{updated, plural, one {# updated nomination gets its} other {# updated nominations get their}} earlier data back.',
    'import.undo.backup': 'The database is backed up first.',
    'import.undo.confirm': 'Undo import',
    'import.undo.done': 'Import {batch} ({file}) was undone. Removed: {nominations} nominations, {people} people, {organisations} organisations; earlier data restored: {restored}.',
  },
}
