import Glibc
import Synchronization

/// Runs a few jobs at once on POSIX threads: job 0 on the calling thread, the others on
/// threads of their own, and waits for all. While it waits after its own job, the calling
/// thread calls `waiting` every 20 ms (a load reports its progress and hears Ctrl-C there,
/// so no other thread ever writes to the terminal).
///
/// kexie has no other threads: the loaders use this for the parts of one file, each part
/// writing only to its own result, and nothing is shared but what the jobs read.
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
  static func run(_ count: Int, threads: Int? = nil, waiting: () -> Void = {}, _ body: @escaping (Int) -> Void) {
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
    var pause = timespec(tv_sec: 0, tv_nsec: 20_000_000)
    while jobs.finished.load(ordering: .acquiring) < count {
      waiting()
      nanosleep(&pause, nil)
    }
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

/// A counter and a stop flag one part of a parallel load shares with the waiting thread.
final class PartProgress: Sendable {
  let bytes = Atomic<Int>(0)
  let stop = Atomic<Bool>(false)
}
