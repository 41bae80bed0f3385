import Foundation

/// Runs the folio executable as a person would, and measures it from outside: time and peak memory.
enum ChildProcess {
    struct Result {
        var seconds: Double
        var peakMegabytes: Double
    }

    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> Result {
        var pid: pid_t = 0
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var inputPipe: [Int32] = [0, 0]
        if input != nil {
            pipe(&inputPipe)
            posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
            posix_spawn_file_actions_addclose(&actions, inputPipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable)"])
        }
        if let input {
            close(inputPipe[0])
            _ = input.withCString { write(inputPipe[1], $0, strlen($0)) }
            close(inputPipe[1])
        }
        // The child's own high-water mark, read from /proc while it runs: wait4's ru_maxrss would also count
        // the pages it shared with this process before exec.
        var status: Int32 = 0
        var peakKilobytes = 0
        var finished: pid_t = 0
        repeat {
            peakKilobytes = max(peakKilobytes, highWaterMark(of: pid) ?? 0)
            finished = waitpid(pid, &status, WNOHANG)
            if finished == 0 { usleep(10_000) }
        } while finished == 0
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(executable) \(arguments) exited with \(status)"]) }
        return Result(seconds: seconds, peakMegabytes: Double(peakKilobytes) / 1024)
    }

    /// VmHWM from /proc/PID/status, in kilobytes.
    static func highWaterMark(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "")
    }
}
