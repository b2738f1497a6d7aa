import Dispatch
import Foundation
import Referat

/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a ``StopRequest`` so indexing can commit and stop cleanly;
/// a second one ends the process at once.
final class InterruptHandler {
    private var sources: [DispatchSourceSignal] = []

    /// Starts listening; `stop` is requested on the first signal.
    init(stop: StopRequest) {
        for signalNumber in [SIGINT, SIGTERM] {
            // The default action must be off for the dispatch source to see the signal.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                if stop.isRequested {
                    Foundation.exit(128 + signalNumber)
                }
                stop.request()
                Terminal.writeError("\nreferat: stopping after the current file; press Ctrl-C again to quit now\n")
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
