import Domain
import Foundation
import Logging
import ServiceLifecycle
import Store

/// Sends what is due in the outbox, one message at a time, and records the outcome. Delivery
/// is at least once to the relay: a crash after the relay took a message but before it was
/// marked sent sends it again, with the same Message-ID, which mail programs show once.
struct OutboxDelivery: Sendable {
    let outbox: any OutboxRepository
    let transport: (any MailTransport)?
    let composer: MailComposer
    let settings: MailSettings
    let clock: Clock
    let logger: Logger

    static func make(_ deps: AppDependencies, repositories: Repositories, texts: TextCatalogue) -> OutboxDelivery {
        OutboxDelivery(outbox: repositories.outbox, transport: deps.config.mail.transport(),
                       composer: MailComposer(texts: texts, baseURL: deps.config.publicBaseURL), settings: deps.config.mail,
                       clock: deps.clock, logger: deps.logger)
    }

    /// Delivers every due message; returns how many were sent.
    @discardableResult
    func deliverDue(batch: Int = 20) async throws -> Int {
        guard let transport, let from = settings.from else { return 0 }
        var sent = 0
        while true {
            let due = try await outbox.due(now: clock.now, limit: batch)
            for message in due {
                let (subject, body) = composer.compose(message)
                let mail = MailMessage(from: from, fromName: settings.fromName, to: message.recipient, subject: subject, body: body,
                                       messageID: MailMessage.messageID(outbox: message.id.rawValue, from: from), date: clock.now)
                do {
                    try await transport.send(mail)
                    if try await outbox.markSent(message.id, at: clock.now) { sent += 1 }
                } catch let error as DeliveryError {
                    logger.warning("mail not delivered", metadata: ["outbox": .stringConvertible(message.id), "error": .string("\(error)")])
                    try await outbox.recordFailure(message.id, error: error, at: clock.now)
                }
            }
            if due.count < batch { return sent }
        }
    }
}

/// Runs the delivery whenever the doorbell rings (a message was committed), and every
/// `interval` for retries that come due.
struct OutboxDeliveryService: Service {
    let delivery: OutboxDelivery
    let doorbell: Doorbell
    /// Kept alive with the service: it observes the database only as long as it lives.
    let observer: OutboxDoorbell
    let interval: Duration

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await delivery.deliverDue()
            } catch {
                delivery.logger.error("outbox delivery failed", metadata: ["error": .string(String(reflecting: error))])
            }
            // Returns early on shutdown; the loop's condition then ends the service.
            await cancelWhenGracefulShutdown { await doorbell.wait(timeout: interval) }
        }
    }
}

/// Wakes one waiter; a ring with nobody waiting is kept for the next wait.
final class Doorbell: @unchecked Sendable {
    private let lock = NSLock()
    private var pending = false
    private var waiter: CheckedContinuation<Void, Never>?

    func ring() {
        let waiter: CheckedContinuation<Void, Never>? = lock.withLock {
            if let w = self.waiter { self.waiter = nil; return w }
            pending = true
            return nil
        }
        waiter?.resume()
    }

    /// Returns on a ring (or one that came before), after `timeout`, or when cancelled.
    func wait(timeout: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.waitForRing() }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
        }
    }

    private func waitForRing() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow: Bool = lock.withLock {
                    if pending || Task.isCancelled { pending = false; return true }
                    waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter: CheckedContinuation<Void, Never>? = lock.withLock { let w = self.waiter; self.waiter = nil; return w }
            waiter?.resume()
        }
    }
}
