import NIOCore
import NIOPosix
import Synchronization

/// A loopback TCP proxy that relays every connection to one server and counts them, so a
/// test can see how many connections its code holds open at the server at once.
///
/// A connection counts as open from its acceptance until its client closes it. The proxy
/// learns of a close when its event loop reads the end of the stream, which on a busy loop
/// can come after it has already accepted the client's next connection. So before a new
/// connection counts, the proxy asks the kernel (`TCP_INFO`, on Linux) which of its open
/// connections the client has closed (their end is past `ESTABLISHED`) and ends those first.
/// On loopback a client's close reaches the proxy's socket before the client's next
/// connection does, so the peak counts connections the clients actually held at once.
/// Elsewhere the proxy goes by what its event loop has read.
///
/// ```swift
/// let proxy = try await ConnectionCountingProxy.start(forwardingTo: server.host, port: server.port)
/// defer { Task { try? await proxy.close() } }
/// // connect to 127.0.0.1:proxy.port instead of the server …
/// #expect(proxy.peakConnections <= 2)
/// ```
public final class ConnectionCountingProxy: Sendable {
    // MARK: Member variables

    /// The loopback port the proxy listens on.
    public let port: Int
    private let listener: any Channel
    private let tally: Tally

    /// Connections open now.
    public var openConnections: Int { tally.state.withLock { $0.open.count } }
    /// The most connections open at once since the start or the last ``resetPeak()``.
    public var peakConnections: Int { tally.state.withLock { $0.peak } }
    /// Connections accepted since the start.
    public var totalConnections: Int { tally.state.withLock { $0.total } }

    // MARK: Initialization

    private init(port: Int, listener: any Channel, tally: Tally) {
        self.port = port
        self.listener = listener
        self.tally = tally
    }

    // MARK: Methods

    /// Starts a proxy on a free loopback port that forwards to `host:port`.
    public static func start(forwardingTo host: String, port: Int) async throws -> ConnectionCountingProxy {
        let tally = Tally()
        // One event loop for every channel, so an accept can ask the open ones synchronously.
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton.next())
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            // Nothing is read from the client until the connection to the server is relaying.
            .childChannelOption(ChannelOptions.autoRead, value: false)
            .childChannelInitializer { inbound in
                tally.opened(inbound)
                inbound.closeFuture.whenComplete { _ in tally.closed(inbound) }
                return Self.relay(inbound, to: host, port: port)
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        guard let bound = listener.localAddress?.port else {
            try? await listener.close()
            throw TestPostgresServerError("the proxy has no local port")
        }
        return ConnectionCountingProxy(port: bound, listener: listener, tally: tally)
    }

    /// Starts a new peak from the connections open now.
    public func resetPeak() {
        tally.state.withLock { $0.peak = $0.open.count }
    }

    /// Stops accepting connections; the ones open stay until either side closes them.
    public func close() async throws {
        try await listener.close()
    }

    /// Connects to the server on the client's event loop and relays both ways.
    private static func relay(_ inbound: any Channel, to host: String, port: Int) -> EventLoopFuture<Void> {
        ClientBootstrap(group: inbound.eventLoop)
            .channelInitializer { outbound in
                outbound.eventLoop.makeCompletedFuture {
                    try outbound.pipeline.syncOperations.addHandler(Relay(to: inbound))
                }
            }
            .connect(host: host, port: port)
            .flatMap { outbound in
                // Both channels share the event loop, so this runs on the client's.
                inbound.eventLoop.makeCompletedFuture {
                    try inbound.pipeline.syncOperations.addHandler(Relay(to: outbound))
                }
                .flatMap { inbound.setOption(ChannelOptions.autoRead, value: true) }
            }
    }
}

/// The proxy's counts, shared with its channel initializer.
private final class Tally: Sendable {
    struct State {
        var open: [ObjectIdentifier: any Channel] = [:]
        var peak = 0
        var total = 0
    }

    let state = Mutex(State())

    /// Counts a newly accepted connection, after ending the ones whose client has closed.
    /// Runs on the event loop of every open channel.
    func opened(_ channel: any Channel) {
        let open = state.withLock { Array($0.open.values) }
        let ended = open.filter { !Self.isEstablished($0) }
        state.withLock { state in
            for channel in ended { state.open[ObjectIdentifier(channel)] = nil }
            state.open[ObjectIdentifier(channel)] = channel
            state.total += 1
            state.peak = max(state.peak, state.open.count)
        }
    }

    func closed(_ channel: any Channel) {
        _ = state.withLock { $0.open.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Whether the kernel still has the connection open both ways; `false` once the client's
    /// close has arrived, even if the event loop has not read it yet.
    private static func isEstablished(_ channel: any Channel) -> Bool {
        #if os(Linux)
        // On the channel's loop the answer is ready at once.
        let established = Mutex(false)
        (channel as? any SocketOptionProvider)?.getTCPInfo()
            .whenSuccess { info in
                established.withLock { $0 = Int(info.tcpi_state) == TCP_ESTABLISHED }
            }
        return established.withLock { $0 }
        #else
        return channel.isActive
        #endif
    }
}

/// Writes what one side reads to the other side, and closes the other side when it closes.
private final class Relay: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let partner: any Channel

    init(to partner: any Channel) {
        self.partner = partner
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        partner.write(unwrapInboundIn(data), promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        partner.flush()
    }

    func channelInactive(context: ChannelHandlerContext) {
        partner.close(promise: nil)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
