/// A JSON request body whose fields are checked before decoding, so an unknown or
/// misspelt field is rejected by name instead of being silently ignored.
///
/// Conformers declare snake_case `CodingKeys` that list every field; nested objects name
/// their own input type in ``nestedInputs``.
public protocol APIInput: Decodable, Sendable {
    associatedtype Fields: CodingKey & CaseIterable
    /// Input types of fields that are JSON objects, checked recursively.
    static var nestedInputs: [String: any APIInput.Type] { get }
}

extension APIInput {
    public static var nestedInputs: [String: any APIInput.Type] { [:] }

    static var fieldNames: Set<String> { Set(Fields.allCases.map(\.stringValue)) }
}
