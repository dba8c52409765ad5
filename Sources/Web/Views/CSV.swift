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

    /// A cell starting with `=`, `+`, `-`, `@` (or a tab or carriage return) is run as a formula
    /// by spreadsheet programs; a leading apostrophe makes it text (OWASP: CSV injection).
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "," }) {
            value = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
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
