import type { AreaMessages } from '../types'

/** Writing exports (audit log, personal data); shared by every area that saves a file the user chose. */
export const filesMessages: AreaMessages = {
  sl: {
    'error.file.folderMissing': 'Mapa „{path}“ ne obstaja. Izberite drugo mesto za datoteko.',
    'error.file.isDirectory': '„{path}“ je mapa, ne datoteka. Izberite ime datoteke.',
    'error.file.cannotWrite': 'Datoteke „{path}“ ni mogoče zapisati ({detail}). Nič ni bilo spremenjeno.',
    'error.file.isDatabase': '„{path}“ je baza podatkov, ki je odprta v programu. Izberite drugo ime datoteke; nič ni bilo zapisano.',
    'error.file.isBackup': '„{path}“ je varnostna kopija baze. Izberite drugo ime datoteke; nič ni bilo zapisano.',
  },
  en: {
    'error.file.folderMissing': 'The folder “{path}” does not exist. Choose another place for the file.',
    'error.file.isDirectory': '“{path}” is a folder, not a file. Choose a file name.',
    'error.file.cannotWrite': 'The file “{path}” cannot be written ({detail}). Nothing was changed.',
    'error.file.isDatabase': '“{path}” is the database the app has open. Choose another file name; nothing was written.',
    'error.file.isBackup': '“{path}” is a backup of the database. Choose another file name; nothing was written.',
  },
}
