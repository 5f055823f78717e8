/**
 * Common Slovenian given names and surnames. A drawn combination is attached to an invented organisation and
 * e-mail domain, so it describes no real person; the frequency of č, š, ž and ć is what makes Slovenian sorting
 * and diacritic-free search worth testing on the demo data.
 */
export const MALE_NAMES = [
  'Aleš', 'Andrej', 'Anže', 'Blaž', 'Bojan', 'Boštjan', 'Dušan', 'Gašper', 'Gregor', 'Igor', 'Jaka', 'Janez',
  'Jože', 'Jure', 'Klemen', 'Luka', 'Marko', 'Matej', 'Matjaž', 'Miha', 'Mitja', 'Nejc', 'Primož', 'Rok',
  'Robert', 'Simon', 'Štefan', 'Tadej', 'Tomaž', 'Uroš', 'Urban', 'Žiga', 'Žan', 'Vid', 'Borut', 'Damjan',
  'Franc', 'Jernej', 'Matevž', 'Peter', 'Sašo', 'Tilen', 'Zoran', 'Dragan', 'Nikola', 'Goran', 'Benjamin', 'Erik',
] as const

export const FEMALE_NAMES = [
  'Ana', 'Alenka', 'Barbara', 'Darja', 'Eva', 'Irena', 'Jana', 'Katja', 'Katarina', 'Lara', 'Maja', 'Mateja',
  'Metka', 'Mojca', 'Nataša', 'Nina', 'Nuša', 'Petra', 'Polona', 'Sabina', 'Saša', 'Simona', 'Špela', 'Tanja',
  'Tina', 'Urška', 'Vesna', 'Zala', 'Živa', 'Helena', 'Andreja', 'Brigita', 'Jožica', 'Klavdija', 'Lucija', 'Manca',
  'Neža', 'Pia', 'Romana', 'Suzana', 'Tjaša', 'Vanja', 'Ema', 'Hana', 'Jasmina', 'Mirjana', 'Anja', 'Doroteja',
] as const

export const SURNAMES = [
  'Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Kos', 'Vidmar', 'Golob',
  'Turk', 'Božič', 'Kralj', 'Korošec', 'Zupan', 'Bizjak', 'Hribar', 'Kotnik', 'Kavčič', 'Rozman', 'Kastelic',
  'Oblak', 'Petek', 'Žagar', 'Hočevar', 'Kolar', 'Košir', 'Koren', 'Klemenčič', 'Zajc', 'Knez', 'Medved', 'Zorko',
  'Petrič', 'Žnidaršič', 'Pirc', 'Hrovat', 'Kuhar', 'Lah', 'Sever', 'Zorman', 'Jerič', 'Debeljak', 'Jereb',
  'Pavlič', 'Erjavec', 'Rupnik', 'Majcen', 'Gregorič', 'Tomažič', 'Šinkovec', 'Uršič', 'Kokalj', 'Babič',
  'Lesjak', 'Dolenc', 'Logar', 'Furlan', 'Tavčar', 'Perko', 'Blatnik', 'Pečnik', 'Černe', 'Štrukelj', 'Čeh',
  'Šuštar', 'Škerjanc', 'Ćosić', 'Hadžić', 'Jovanović', 'Marković', 'Kuštrin', 'Žibert', 'Čuk', 'Šoštarič',
  'Vovk', 'Jenko', 'Bregar', 'Kern', 'Ambrožič', 'Šmid', 'Čadež', 'Fras', 'Žižek', 'Leban', 'Mavrič', 'Drnovšek',
  'Ožbolt', 'Sitar', 'Cerar', 'Šturm', 'Grošelj', 'Jarc', 'Ilić', 'Mohorič', 'Čretnik', 'Pušnik', 'Vrečko', 'Stres',
] as const

/** Staff of international groups who write in English; invented combinations as above. */
export const FOREIGN_MALE_NAMES = ['Thomas', 'Marco', 'Lukas', 'Daniel', 'Michael', 'Jonas'] as const
export const FOREIGN_FEMALE_NAMES = ['Emma', 'Sofia', 'Laura', 'Hannah', 'Claire', 'Julia'] as const
export const FOREIGN_SURNAMES = ['Berger', 'Rossi', 'Lindqvist', 'Schneider', 'Walsh', 'Moreau', 'Novotný', 'Keller'] as const
