import { compileInstance } from './electron/services/planning/compile'
import { solveAssignment } from './electron/services/planning/solver'
import { generateInstance } from './tests/unit/planning/generate'
const inst = generateInstance({ nominations: 10000, offers: 2000, seed: 1 })
const c = compileInstance(inst)
for (let i = 0; i < 3; i++) solveAssignment(c)
