import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTPTypes

/// Limits that keep idle or slow connections from crowding out staff (README, "Operations").
public struct ConnectionLimits: Sendable, Equatable {
    /// Open connections at most; near it the oldest connection without a request in progress is
    /// closed to make room, and a new one is refused only when every connection is busy.
    public var maxConnections = 1024
    /// Open connections from one address (trusted proxies are exempt); past it the address's own
    /// oldest idle connection makes room.
    public var maxPerAddress = 128
    /// Time a client has to send a whole request head, from connecting or from its first byte
    /// after an idle keep-alive pause.
    public var requestHeadTimeout: TimeAmount = .seconds(10)
    /// After SIGTERM, requests in progress get this long before their connections are closed.
    public var shutdownGrace: TimeAmount = .seconds(5)

    public init() {}
}

/// Every open connection with its address and whether it is idle (no request in progress), so
/// a new connection can push out the oldest idle one rather than wait behind it.
final class ConnectionRegistry: @unchecked Sendable {
    private struct Entry {
        let channel: any Channel
        let address: String?
        /// nil while a request is in progress.
        var idleSince: NIODeadline?
    }

    let limits: ConnectionLimits
    let proxies: TrustedProxies
    let logger: Logger
    private let lock = NSLock()
    private var entries: [ObjectIdentifier: Entry] = [:]
    private var perAddress: [String: Int] = [:]
    private var closedSinceLog = (evicted: 0, refused: 0)
    private var lastLog: NIODeadline?

    init(limits: ConnectionLimits, proxies: TrustedProxies, logger: Logger) {
        self.limits = limits
        self.proxies = proxies
        self.logger = logger
    }

    var count: Int { lock.withLock { entries.count } }

    /// Registers a new connection, closing older idle ones to make room. False: refuse it.
    func admit(_ channel: any Channel) -> Bool {
        let address = channel.remoteAddress?.ipAddress
        let limited = address.map { !proxies.contains($0) } ?? false
        var evicted: [any Channel] = []
        let admitted: Bool = lock.withLock {
            if limited, let address, perAddress[address, default: 0] >= limits.maxPerAddress {
                guard let oldest = oldestIdle(from: address) else { return false }
                removeLocked(oldest).map { evicted.append($0) }
            }
            if entries.count >= limits.maxConnections {
                guard let oldest = oldestIdle(from: nil) else { return false }
                removeLocked(oldest).map { evicted.append($0) }
            }
            entries[ObjectIdentifier(channel)] = Entry(channel: channel, address: address, idleSince: .now())
            if let address { perAddress[address, default: 0] += 1 }
            return true
        }
        for channel in evicted { channel.close(promise: nil) }
        note(evicted: evicted.count, refused: admitted ? 0 : 1)
        return admitted
    }

    func setBusy(_ channel: any Channel, _ busy: Bool) {
        lock.withLock { entries[ObjectIdentifier(channel)]?.idleSince = busy ? nil : .now() }
    }

    func remove(_ channel: any Channel) {
        lock.withLock { _ = removeLocked(ObjectIdentifier(channel)) }
    }

    @discardableResult
    private func removeLocked(_ id: ObjectIdentifier) -> (any Channel)? {
        guard let entry = entries.removeValue(forKey: id) else { return nil }
        if let address = entry.address {
            let left = perAddress[address, default: 1] - 1
            perAddress[address] = left > 0 ? left : nil
        }
        return entry.channel
    }

    private func oldestIdle(from address: String?) -> ObjectIdentifier? {
        var best: (ObjectIdentifier, NIODeadline)?
        for (id, entry) in entries {
            guard let since = entry.idleSince, address == nil || entry.address == address else { continue }
            if best == nil || since < best!.1 { best = (id, since) }
        }
        return best?.0
    }

    /// A flood logs a line a minute, not a line a connection.
    private func note(evicted: Int, refused: Int) {
        guard evicted + refused > 0 else { return }
        let line: (evicted: Int, refused: Int, open: Int)? = lock.withLock {
            closedSinceLog.evicted += evicted
            closedSinceLog.refused += refused
            let now = NIODeadline.now()
            if let last = lastLog, now - last < .minutes(1) { return nil }
            lastLog = now
            defer { closedSinceLog = (0, 0) }
            return (closedSinceLog.evicted, closedSinceLog.refused, entries.count)
        }
        if let line {
            logger.warning("connection limit reached", metadata: [
                "idle_closed": .stringConvertible(line.evicted), "refused": .stringConvertible(line.refused),
                "open": .stringConvertible(line.open)])
        }
    }
}

/// What the request handler tells the connection guard (sent as an outbound user event).
enum RequestProgress {
    case headReceived
    case responseEnded
}

/// First in every connection's pipeline: the request-head deadline, idle/busy bookkeeping for
/// the registry, and the bounded close at shutdown.
final class ConnectionGuardHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = IOData

    private let registry: ConnectionRegistry
    private var inProgress = 0
    private var awaitingHead = true
    private var headDeadline: Scheduled<Void>?
    private var shutdownClose: Scheduled<Void>?

    init(registry: ConnectionRegistry) {
        self.registry = registry
    }

    func handlerAdded(context: ChannelHandlerContext) {
        startHeadDeadline(context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // The first byte after an idle keep-alive pause starts the clock for the next head.
        if inProgress == 0 && !awaitingHead {
            awaitingHead = true
            startHeadDeadline(context)
        }
        context.fireChannelRead(data)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard let progress = event as? RequestProgress else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        switch progress {
        case .headReceived:
            inProgress += 1
            awaitingHead = false
            headDeadline?.cancel()
            headDeadline = nil
            if inProgress == 1 { registry.setBusy(context.channel, true) }
        case .responseEnded:
            inProgress = max(0, inProgress - 1)
            if inProgress == 0 { registry.setBusy(context.channel, false) }
        }
        promise?.succeed()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            if inProgress == 0 {
                context.close(promise: nil)
            } else if shutdownClose == nil {
                // Requests in progress get a few seconds to finish; then the connection closes,
                // so a client that stops half-way through a body cannot hold the shutdown.
                let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
                shutdownClose = context.eventLoop.scheduleTask(in: registry.limits.shutdownGrace) {
                    loopBound.value.close(promise: nil)
                }
            }
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        headDeadline?.cancel()
        shutdownClose?.cancel()
        registry.remove(context.channel)
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        headDeadline?.cancel()
        shutdownClose?.cancel()
    }

    private func startHeadDeadline(_ context: ChannelHandlerContext) {
        headDeadline?.cancel()
        // Scheduled on the handler's own event loop, so the task may use the handler and its
        // context directly (no Sendable hop).
        headDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: registry.limits.requestHeadTimeout) { [weak self] in
            guard let self, self.awaitingHead, self.inProgress == 0 else { return }
            context.close(promise: nil)
        }
    }
}

/// After the HTTP decoder: tells the guard when a request head has arrived and when its
/// response has been written.
final class RequestProgressHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            context.triggerUserOutboundEvent(RequestProgress.headReceived, promise: nil)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd: Bool
        if case .end = unwrapOutboundIn(data) { isEnd = true } else { isEnd = false }
        context.write(data, promise: promise)
        if isEnd { context.triggerUserOutboundEvent(RequestProgress.responseEnded, promise: nil) }
    }
}

/// Hummingbird's HTTP/1 channel with the connection guard in front of it.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let inner: HTTP1Channel
    let registry: ConnectionRegistry

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let admitted = registry.admit(channel)
        do {
            try channel.pipeline.syncOperations.addHandler(ConnectionGuardHandler(registry: registry), position: .first)
        } catch {
            registry.remove(channel)
            channel.close(promise: nil)
        }
        return inner.setup(channel: channel, logger: logger).map { value in
            // Refused connections are closed at once; the request loop then ends by itself.
            if !admitted { channel.close(promise: nil) }
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1 behind the connection guard.
    static func guardedHTTP1(configuration: HTTP1Channel.Configuration, registry: ConnectionRegistry) -> HTTPServerBuilder {
        var guarded = configuration
        let additional = configuration.additionalChannelHandlers
        guarded.additionalChannelHandlers = { additional() + [RequestProgressHandler()] }
        let final = guarded
        return HTTPServerBuilder { responder in
            GuardedHTTP1Channel(inner: HTTP1Channel(responder: responder, configuration: final), registry: registry)
        }
    }
}
