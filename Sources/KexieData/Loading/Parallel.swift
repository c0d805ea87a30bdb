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

  /// Runs `body(0)`…`body(count - 1)` at once. If a thread cannot be started, its job runs
  /// on the calling thread after job 0 (slower, never lost).
  static func run(_ count: Int, waiting: () -> Void = {}, _ body: @escaping (Int) -> Void) {
    guard count > 1 else {
      if count == 1 { body(0) }
      return
    }
    let jobs = Jobs(body: body, count: count)
    var threads: [pthread_t] = []
    var leftOver: [Int] = []
    for index in 1..<count {
      let context = Unmanaged.passRetained(Job(jobs: jobs, index: index)).toOpaque()
      var thread = pthread_t()
      let started = pthread_create(&thread, nil, { raw in
        guard let raw else { return nil }
        let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
        job.jobs.perform(job.index)
        return nil
      }, context)
      if started == 0 {
        threads.append(thread)
      } else {
        Unmanaged<Job>.fromOpaque(context).release()
        leftOver.append(index)
      }
    }
    jobs.perform(0)
    for index in leftOver { jobs.perform(index) }
    var pause = timespec(tv_sec: 0, tv_nsec: 20_000_000)
    while jobs.finished.load(ordering: .acquiring) < count {
      waiting()
      nanosleep(&pause, nil)
    }
    for thread in threads { pthread_join(thread, nil) }
  }

  /// What the threads share: the body and a count of finished jobs.
  private final class Jobs: @unchecked Sendable {
    let body: (Int) -> Void
    let finished = Atomic<Int>(0)
    init(body: @escaping (Int) -> Void, count: Int) { self.body = body }

    func perform(_ index: Int) {
      body(index)
      finished.add(1, ordering: .releasing)
    }
  }

  private final class Job: @unchecked Sendable {
    let jobs: Jobs
    let index: Int
    init(jobs: Jobs, index: Int) {
      self.jobs = jobs
      self.index = index
    }
  }
}

/// A counter and a stop flag one part of a parallel load shares with the waiting thread.
final class PartProgress: Sendable {
  let bytes = Atomic<Int>(0)
  let stop = Atomic<Bool>(false)
}
