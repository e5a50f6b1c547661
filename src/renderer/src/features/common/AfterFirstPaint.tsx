/**
 * Filter bars hold several antd Selects (an antd Select costs about 5 ms to mount here), and they are on the
 * first screen the app opens with (the list, the board). Until the first screen has been painted they are drawn
 * as light lookalikes of the same size and text; the real controls replace them right after that paint — long
 * before anyone can reach for them — so the rows and cards people came for show first. After the first
 * screen, controls mount directly (no lookalike).
 *
 *   <AfterFirstPaint fallback={<SelectLookalike width={200} text={label} placeholder={…} />}>
 *     <Select … />
 *   </AfterFirstPaint>
 */
import { useEffect, useState, type ReactNode } from 'react'
import { DownOutlined } from '@ant-design/icons'
import './afterFirstPaint.css'

/** Set once the app's first screen has been painted; later mounts render the real controls at once. */
let firstScreenPainted = false

/** False during the app's first render and until it has been painted, true from then on. */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(firstScreenPainted)
  useEffect(() => {
    if (ready) return
    // After the next frame has been drawn (a task queued from the frame callback runs after the paint).
    let timer: number | undefined
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        firstScreenPainted = true
        setReady(true)
      }, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      if (timer !== undefined) window.clearTimeout(timer)
    }
  }, [ready])
  return ready
}

export function AfterFirstPaint({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return <>{useAfterFirstPaint() ? children : fallback}</>
}

/**
 * What a closed single or multiple Select shows (its value's text, else its placeholder, and the arrow), inert
 * for the moment it is on screen.
 */
export function SelectLookalike(props: {
  width?: number
  minWidth?: number
  text?: string | null
  placeholder: string
}) {
  return (
    <span
      className="select-lookalike"
      style={{ width: props.width, minWidth: props.minWidth }}
      aria-hidden
      data-lookalike="select"
    >
      <span className={props.text ? 'select-lookalike-value' : 'select-lookalike-placeholder'}>
        {props.text || props.placeholder}
      </span>
      <DownOutlined className="select-lookalike-arrow" />
    </span>
  )
}
