/**
 * Real Slovenian towns with their real postcodes and telephone area codes, so addresses on letters and in the
 * partner list look right to someone who knows the country. Street names are common ones found in many towns;
 * house numbers are drawn at random, so no address points at a real building on purpose.
 */
export interface Town {
  city: string
  postcode: string
  /** National trunk area code used in landline numbers (+386 <area> ...). */
  area: string
}

export const TOWNS: Record<string, Town> = {
  Ljubljana: { city: 'Ljubljana', postcode: '1000', area: '1' },
  Maribor: { city: 'Maribor', postcode: '2000', area: '2' },
  Celje: { city: 'Celje', postcode: '3000', area: '3' },
  Kranj: { city: 'Kranj', postcode: '4000', area: '4' },
  NovaGorica: { city: 'Nova Gorica', postcode: '5000', area: '5' },
  Koper: { city: 'Koper', postcode: '6000', area: '5' },
  NovoMesto: { city: 'Novo mesto', postcode: '8000', area: '7' },
  MurskaSobota: { city: 'Murska Sobota', postcode: '9000', area: '2' },
  Ptuj: { city: 'Ptuj', postcode: '2250', area: '2' },
  Velenje: { city: 'Velenje', postcode: '3320', area: '3' },
  Zuzemberk: { city: 'Žužemberk', postcode: '8360', area: '7' },
  SkofjaLoka: { city: 'Škofja Loka', postcode: '4220', area: '4' },
  Sentjur: { city: 'Šentjur', postcode: '3230', area: '3' },
  Zalec: { city: 'Žalec', postcode: '3310', area: '3' },
  Crnomelj: { city: 'Črnomelj', postcode: '8340', area: '7' },
  Domzale: { city: 'Domžale', postcode: '1230', area: '1' },
  Kamnik: { city: 'Kamnik', postcode: '1241', area: '1' },
  Trbovlje: { city: 'Trbovlje', postcode: '1420', area: '3' },
  Jesenice: { city: 'Jesenice', postcode: '4270', area: '4' },
  Idrija: { city: 'Idrija', postcode: '5280', area: '5' },
  Postojna: { city: 'Postojna', postcode: '6230', area: '5' },
  Ajdovscina: { city: 'Ajdovščina', postcode: '5270', area: '5' },
  SlovenjGradec: { city: 'Slovenj Gradec', postcode: '2380', area: '2' },
  Brezice: { city: 'Brežice', postcode: '8250', area: '7' },
  Krsko: { city: 'Krško', postcode: '8270', area: '7' },
  Piran: { city: 'Piran', postcode: '6330', area: '5' },
  Bled: { city: 'Bled', postcode: '4260', area: '4' },
  Radovljica: { city: 'Radovljica', postcode: '4240', area: '4' },
  Vrhnika: { city: 'Vrhnika', postcode: '1360', area: '1' },
  Grosuplje: { city: 'Grosuplje', postcode: '1290', area: '1' },
  Sezana: { city: 'Sežana', postcode: '6210', area: '5' },
  Lendava: { city: 'Lendava', postcode: '9220', area: '2' },
  Ravne: { city: 'Ravne na Koroškem', postcode: '2390', area: '2' },
  Sostanj: { city: 'Šoštanj', postcode: '3325', area: '3' },
  Litija: { city: 'Litija', postcode: '1270', area: '1' },
  Kocevje: { city: 'Kočevje', postcode: '1330', area: '1' },
  Smarje: { city: 'Šmarje pri Jelšah', postcode: '3240', area: '3' },
}

export type TownKey = keyof typeof TOWNS

/** Streets that exist in many Slovenian towns, so a drawn address is plausible anywhere. */
export const STREETS = [
  'Prešernova ulica',
  'Cankarjeva cesta',
  'Trubarjeva ulica',
  'Partizanska cesta',
  'Industrijska cesta',
  'Kidričeva ulica',
  'Cesta talcev',
  'Trg svobode',
  'Gregorčičeva ulica',
  'Šolska ulica',
  'Vrtna ulica',
  'Obrtniška cesta',
  'Cesta 4. julija',
  'Ljubljanska cesta',
  'Kolodvorska ulica',
  'Tovarniška cesta',
  'Jurčičeva ulica',
  'Levstikova ulica',
  'Župančičeva ulica',
  'Aškerčeva cesta',
  'Tomšičeva ulica',
  'Mlinska ulica',
  'Poslovna cona',
  'Čopova ulica',
] as const
