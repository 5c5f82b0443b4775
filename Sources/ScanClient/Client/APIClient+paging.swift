public import Foundation

extension APIClient {
    /// The largest page this client asks for.
    static let pageSize = 500

    /// Up to `limit` items of a list, following `next_cursor` from page to page.
    ///
    /// Each page asks for at most ``pageSize`` items (never more than are still wanted) and
    /// passes the previous page's cursor as `cursorParameter` (`after` for findings, `before`
    /// for runs). It stops at the last page, at `limit`, or if a cursor repeats.
    /// - Parameters:
    ///   - type: The item type.
    ///   - path: The list's path, relative to `/api/v1`.
    ///   - query: Filters sent with every page.
    ///   - cursorParameter: The query parameter that carries the cursor.
    ///   - limit: The most items to return.
    public func list<Item: Decodable>(
        _ type: Item.Type,
        _ path: String,
        query: [URLQueryItem] = [],
        cursorParameter: String = "after",
        limit: Int
    ) async throws -> [Item] {
        var items: [Item] = []
        var cursor: String?
        var seen: Set<String> = []
        while items.count < limit {
            var pageQuery = query
            pageQuery.append(URLQueryItem(name: "limit", value: String(min(Self.pageSize, limit - items.count))))
            if let cursor { pageQuery.append(URLQueryItem(name: cursorParameter, value: cursor)) }
            let page = try await get(Page<Item>.self, path, query: pageQuery)
            items += page.items.prefix(limit - items.count)
            guard let next = page.nextCursor, !next.isEmpty, !page.items.isEmpty, seen.insert(next).inserted else {
                break
            }
            cursor = next
        }
        return items
    }
}

extension APIClient {
    /// A path built from `segments`, each percent-encoded (so an id cannot add a `/` or `?`).
    public static func path(_ segments: String...) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))
        return segments.map { "/" + ($0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0) }.joined()
    }
}
