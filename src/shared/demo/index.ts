export { generateDemoData, DEMO_ACTOR, type DemoData, type DemoOptions } from './generateDemoData'
export { generateScaleData, type ScaleData } from './scaleData'
export { createRandom, createIdFactory, type Random } from './random'
