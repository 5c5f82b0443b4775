import ScanCore

extension BuiltinClassifiers {
    /// Network identifiers and URLs that carry credentials.
    public static let network: [Classifier] = [
        Classifier(
            id: "network.ipv4",
            name: "IPv4 address",
            category: .network,
            severity: .low,
            matcher: .pattern(#"\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b"#),
            validator: .ipv4,
            contextKeywords: ["ip", "host", "server", "addr"],
            columnNames: ["ip", "*_ip", "*ip_address*", "*ipaddr*", "*ipv4*", "*remote_addr*"],
            baseConfidence: 0.7,
            summary: "A dotted IPv4 address with octets 0–255."
        ),
        Classifier(
            id: "network.ipv6",
            name: "IPv6 address",
            category: .network,
            severity: .low,
            matcher: .pattern(#"\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}\b"#),
            validator: .ipv6,
            contextKeywords: ["ip", "ipv6", "host", "addr"],
            columnNames: ["*ipv6*", "*ip_address*", "*_ip"],
            baseConfidence: 0.7,
            summary: "An IPv6 address in full or ::-compressed form."
        ),
        Classifier(
            id: "network.mac_address",
            name: "MAC address",
            category: .network,
            severity: .low,
            matcher: .pattern(#"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b"#),
            validator: .macAddress,
            contextKeywords: ["mac", "ether", "hwaddr"],
            columnNames: ["mac", "*_mac", "*mac_address*", "*macaddr*"],
            baseConfidence: 0.7,
            summary: "A 48-bit hardware address written as six hex pairs."
        ),
        Classifier(
            id: "network.url_credentials",
            name: "URL with credentials",
            category: .network,
            severity: .high,
            matcher: .pattern(
                #"\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/?#@"'<>]{1,64}:[^\s/?#@"'<>]{1,128}@[A-Za-z0-9.-]+"#
            ),
            validator: .urlCredentials,
            contextKeywords: ["url", "dsn", "connection", "database"],
            columnNames: ["*dsn*", "*connection_string*", "*database_url*"],
            baseConfidence: 0.85,
            summary: "A URL with a user name and password (scheme://user:pass@host), placeholders excluded."
        ),
    ]
}
