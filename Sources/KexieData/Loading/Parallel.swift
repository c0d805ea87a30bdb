import Glibc
import Synchronization

/// Runs a few jobs at once on POSIX threads: job 0 on the calling thread, the others on
/// threads of their own (or on fewer threads, each taking the next job left), and waits for
/// all. While it waits after its jobs, the calling thread calls `waiting` every 20 ms (a load
/// reports its progress and hears Ctrl-C there, so no other thread ever writes to the
/// terminal).
///
/// kexie has no other threads: the loaders use this for the parts of one file and for
/// joining their columns, each job writing only to its own result, and nothing is shared
/// but what the jobs read.
enum Parallel {
  /// How many jobs a load may run at once: the processors online, at most 8.
  static var processors: Int {
    let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    return max(1, min(8, online))
  }

  /// Runs `body(0)`…`body(count - 1)` at once, on `threads` threads (one a job unless
  /// given fewer; then each takes the next job left when it is done with one). Job 0 always
  /// runs on the calling thread, first. If a thread cannot be started, the others take its
  /// jobs (slower, never lost).
  static func run(_ count: Int, threads: Int? = nil, waiting: (() -> Void)? = nil, _ body: @escaping (Int) -> Void) {
    guard count > 1 else {
      if count == 1 { body(0) }
      return
    }
    let jobs = Jobs(body: body, count: count)
    var started: [pthread_t] = []
    for _ in 1..<min(count, max(1, threads ?? count)) {
      let context = Unmanaged.passRetained(jobs).toOpaque()
      var thread = pthread_t()
      let created = pthread_create(&thread, nil, { raw in
        guard let raw else { return nil }
        Unmanaged<Jobs>.fromOpaque(raw).takeRetainedValue().work()
        return nil
      }, context)
      if created == 0 {
        started.append(thread)
      } else {
        Unmanaged<Jobs>.fromOpaque(context).release()
      }
    }
    jobs.perform(0)
    jobs.work()
    if let waiting {
      // Told every 20 ms; the end is seen within a millisecond (a 20 ms sleep made every
      // pass of a load wait up to 20 ms after its last part).
      var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
      var slept = 0
      while jobs.finished.load(ordering: .acquiring) < count {
        if slept % 20 == 0 { waiting() }
        nanosleep(&pause, nil)
        slept += 1
      }
    }
    // The threads end once no job is left and theirs is done.
    for thread in started { pthread_join(thread, nil) }
  }

  /// What the threads share: the body, the next job to take (job 0 is the calling
  /// thread's) and a count of finished jobs.
  private final class Jobs: @unchecked Sendable {
    let body: (Int) -> Void
    let count: Int
    let next = Atomic<Int>(1)
    let finished = Atomic<Int>(0)
    init(body: @escaping (Int) -> Void, count: Int) {
      self.body = body
      self.count = count
    }

    func perform(_ index: Int) {
      body(index)
      finished.add(1, ordering: .releasing)
    }

    /// Jobs taken one after another until none is left.
    func work() {
      while true {
        let job = next.add(1, ordering: .relaxed).oldValue
        guard job < count else { return }
        perform(job)
      }
    }
  }
}

extension Parallel {
  /// The parts of one load at once (`run`), part `index` reading from `starts[index]`. Each
  /// is given a progress to call with the offset its reading has reached, which returns
  /// false once the load is to stop. The bytes done by all the parts are reported through
  /// `report` on the calling thread only — after part 0's steps, and while it waits for the
  /// others — so no other thread writes to the terminal; a false from `report` (Ctrl-C)
  /// stops every part. Returns false when the load was stopped.
  static func parts(
    _ starts: [Int], report: ((Int) -> Bool)?, _ body: @escaping (_ index: Int, _ progress: @escaping (Int) -> Bool) -> Void
  ) -> Bool {
    let counters = starts.map { _ in PartProgress() }
    var stopped = false
    func tell() {
      guard let report, !stopped else { return }
      if !report(counters.reduce(0) { $0 + $1.bytes.load(ordering: .relaxed) }) {
        stopped = true
        for counter in counters { counter.stop.store(true, ordering: .relaxed) }
      }
    }
    run(starts.count, waiting: tell) { index in
      let counter = counters[index]
      body(index) { offset in
        counter.bytes.store(offset - starts[index], ordering: .relaxed)
        if index == 0 { tell() }
        return !counter.stop.load(ordering: .relaxed)
      }
    }
    return !stopped
  }
}

/// A counter and a stop flag one part of a parallel load shares with the waiting thread.
private final class PartProgress: Sendable {
  let bytes = Atomic<Int>(0)
  let stop = Atomic<Bool>(false)
}
