import Foundation
import Hummingbird

/// CSV for spreadsheets: UTF-8 with a byte-order mark (so æ, ø, å open right), semicolons
/// (the Danish list separator), and cells that would start a formula neutralised.
struct CSV {
    private var lines: [String] = []

    init(header: [String]) {
        append(header)
    }

    mutating func append(_ cells: [String]) {
        lines.append(cells.map(Self.cell).joined(separator: ";"))
    }

    /// A line whose cells at `numbers` hold numbers (`-1234,50`): a negative one stays a number,
    /// anything else there is neutralised like any cell.
    mutating func append(_ cells: [String], numbers: Set<Int>) {
        lines.append(cells.enumerated().map { index, value in
            numbers.contains(index) && Self.isNegativeNumber(value) ? Self.quoted(value) : Self.cell(value)
        }.joined(separator: ";"))
    }

    /// A cell starting with `=`, `+`, `-`, `@` (or a tab or carriage return) is run as a formula
    /// by spreadsheet programs; a leading apostrophe makes it text (OWASP: CSV injection).
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        return quoted(value)
    }

    static func quoted(_ value: String) -> String {
        value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "," })
            ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    static func isNegativeNumber(_ value: String) -> Bool {
        let digits = value.dropFirst()
        guard value.first == "-", let first = digits.first, first.isASCII, first.isNumber else { return false }
        let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    var text: String {
        "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    func response(filename: String) -> Response {
        Response(status: .ok,
                 headers: [.contentType: "text/csv; charset=utf-8",
                           .contentDisposition: "attachment; filename=\"\(filename)\""],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
