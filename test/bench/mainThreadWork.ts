/**
 * Main-thread work per keystroke, read from a Chromium trace (categories MAIN_THREAD_TRACE_CATEGORIES).
 *
 * A keystroke's work is the time the page's main thread is busy between the key's event timestamp and the
 * end of the main-thread part of the frame that shows its change (the frame whose requestAnimationFrame
 * callbacks run first after the change): input delay behind other tasks, the key's own events and the
 * editor's update, anything else that runs before that frame, and the frame's style, layout and paint.
 * Idle time in between (waiting for the next vsync, for the input to arrive) is not work and is left out.
 * Work the page defers to later tasks is not hidden: it is counted in `busyDuring`, and it delays (and so
 * counts for) the keystrokes that arrive while it runs.
 */

/** toplevel: every task the thread runs; devtools.timeline: event timing, to place page times in the trace. */
export const MAIN_THREAD_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string; timeStamp?: number } };
}

/** What the page noted for one keystroke, in its own clock (performance.now(), ms). */
export interface KeystrokeMarks {
  /** The keydown event's timeStamp. */
  keydownAt: number;
  /** Start of the first requestAnimationFrame callback after the text changed. */
  frameAt: number;
}

export interface KeystrokeWork {
  /** Main thread busy (wall clock) from the key to the end of the frame showing it. */
  busyMs: number;
  /** The same tasks' thread CPU time: what the work costs without time lost to other processes. */
  cpuMs: number;
}

export interface TypingWork {
  keystrokes: KeystrokeWork[];
  /** All main-thread work from the first keydown to `until` ms after the last, wall clock and CPU. */
  busyDuring: { busyMs: number; cpuMs: number; spanMs: number };
}

interface Task {
  start: number;
  end: number;
  cpu: number;
}

function mainThreadTasks(events: readonly TraceEvent[], pid: number, tid: number): Task[] {
  const tasks = events
    .filter(
      (event) =>
        event.pid === pid &&
        event.tid === tid &&
        event.ph === 'X' &&
        event.name === 'ThreadControllerImpl::RunTask',
    )
    .map((event) => ({
      start: event.ts / 1000,
      end: (event.ts + (event.dur ?? 0)) / 1000,
      cpu: (event.tdur ?? event.dur ?? 0) / 1000,
    }))
    .sort((a, b) => a.start - b.start);
  // A task run inside another (a nested run loop) is already part of the outer one.
  const outer: Task[] = [];
  for (const task of tasks) {
    const last = outer[outer.length - 1];
    if (last && task.end <= last.end) continue;
    outer.push(task);
  }
  return outer;
}

/** Wall-clock busy time and CPU time of the tasks within [from, to] (trace ms); CPU shared pro rata. */
function workBetween(tasks: readonly Task[], from: number, to: number): { busyMs: number; cpuMs: number } {
  let busyMs = 0;
  let cpuMs = 0;
  for (const task of tasks) {
    if (task.end <= from) continue;
    if (task.start >= to) break;
    const overlap = Math.min(to, task.end) - Math.max(from, task.start);
    const length = task.end - task.start;
    busyMs += overlap;
    cpuMs += length > 0 ? (task.cpu * overlap) / length : 0;
  }
  return { busyMs, cpuMs };
}

/**
 * Page times are rounded (event timeStamp, performance.now()), so the page's clock sits in the trace's to
 * within a fraction of a millisecond: a frame callback at the very edge of its task can fall just outside.
 */
const CLOCK_SLACK_MS = 0.5;

/** How far `at` (trace ms) lies outside a task; 0 or less inside it. */
function distance(task: Task, at: number): number {
  return Math.max(task.start - at, at - task.end);
}

/** The task running the frame callback at `at` (trace ms): the one holding it, else the nearest in slack. */
function frameTask(tasks: readonly Task[], at: number): Task | undefined {
  const holding = tasks.find((task) => distance(task, at) <= 0);
  if (holding) return holding;
  const near = tasks.filter((task) => distance(task, at) <= CLOCK_SLACK_MS);
  return near.sort((a, b) => distance(a, at) - distance(b, at))[0];
}

/** Events that start a keystroke's marks: a key, or an input method's composition update or commit. */
export const KEYSTROKE_EVENTS: readonly string[] = ['keydown', 'compositionupdate', 'compositionend'];

/**
 * Work per keystroke from a trace of the typing and the page's marks, in the order typed. `until`: how
 * long after the last keydown background work is still counted in `busyDuring`.
 */
export function typingWork(
  trace: Buffer | string,
  marks: readonly KeystrokeMarks[],
  until = 1000,
): TypingWork {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const keydowns = events.filter(
    (event) =>
      event.name === 'EventTiming' &&
      event.ph === 'b' &&
      KEYSTROKE_EVENTS.includes(String(event.args?.data?.type)),
  );
  const first = keydowns[0];
  const timeStamp = first?.args?.data?.timeStamp;
  if (!first || timeStamp === undefined) throw new Error('The trace holds no keystroke event timing.');
  // Event timing entries start at the event's timeStamp: that places the page's clock in the trace's.
  const offset = first.ts / 1000 - timeStamp;
  const tasks = mainThreadTasks(events, first.pid, first.tid);

  const keystrokes = marks.map((mark) => {
    const keydown = mark.keydownAt + offset;
    const frameAt = mark.frameAt + offset;
    const frame = frameTask(tasks, frameAt);
    if (!frame) {
      const gap = Math.min(...tasks.map((task) => distance(task, frameAt)));
      throw new Error(`No main-thread task holds the frame at ${mark.frameAt} ms (nearest ${gap} ms away).`);
    }
    return workBetween(tasks, keydown, frame.end);
  });

  const start = (marks[0]?.keydownAt ?? 0) + offset;
  const end = (marks[marks.length - 1]?.keydownAt ?? 0) + offset + until;
  return { keystrokes, busyDuring: { ...workBetween(tasks, start, end), spanMs: end - start } };
}
