import Domain
import Testing

@Suite struct MultipartFormTests {
    static let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
    static let pdf: [UInt8] = Array("%PDF-1.4\n%âãÏÓ\n1 0 obj\n".utf8)

    /// A body as Chromium sends it.
    static func body(fields: [(String, String)], file: (name: String, filename: String, type: String, data: [UInt8])? = nil,
                     boundary: String = boundary) -> [UInt8] {
        var out: [UInt8] = []
        for (name, value) in fields {
            out += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            out += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: \(file.type)\r\n\r\n".utf8)
            out += file.data + Array("\r\n".utf8)
        }
        out += Array("--\(boundary)--\r\n".utf8)
        return out
    }

    @Test func readsFieldsAndAFile() throws {
        let data = Self.pdf + Array("\r\n--not-the-boundary\r\n".utf8) + [0, 255, 13, 10]
        let form = try MultipartForm.parse(Self.body(fields: [("amount", "1.200,00"), ("note", "Startede i\r\naugust – æøå")],
                                                     file: ("attachment", "Faktura ÆØÅ.pdf", "application/pdf", data)),
                                           boundary: Self.boundary).get()
        #expect(form.fields == ["amount": "1.200,00", "note": "Startede i\naugust – æøå"])
        #expect(form.files["attachment"]?.data == data, "binary content, even with CRLF and a look-alike boundary, is kept exactly")
        #expect(form.files["attachment"]?.filename == "Faktura ÆØÅ.pdf")
        #expect(form.files["attachment"]?.contentType == "application/pdf")
    }

    @Test func anEmptyFileInputIsNoFile() throws {
        let form = try MultipartForm.parse(Self.body(fields: [("amount", "5")], file: ("attachment", "", "application/octet-stream", [])),
                                           boundary: Self.boundary).get()
        #expect(form.files.isEmpty && form.fields["amount"] == "5")
    }

    @Test func aFileAboveTheLimitIsDroppedButTheFormKept() throws {
        let big = Self.pdf + [UInt8](repeating: 65, count: 2000)
        let form = try MultipartForm.parse(Self.body(fields: [("amount", "5")], file: ("attachment", "x.pdf", "application/pdf", big)),
                                           boundary: Self.boundary, limits: .init(maxFileBytes: 1000)).get()
        #expect(form.files.isEmpty && form.oversizedFiles == ["attachment"] && form.fields["amount"] == "5")
    }

    @Test func limitsOnPartsAndFields() {
        let many = Self.body(fields: (0..<25).map { ("f\($0)", "x") })
        #expect(MultipartForm.parse(many, boundary: Self.boundary) == .failure(.tooManyParts))
        let long = Self.body(fields: [("note", String(repeating: "x", count: 20_000))])
        #expect(MultipartForm.parse(long, boundary: Self.boundary) == .failure(.fieldTooLarge))
    }

    @Test(arguments: [
        "no boundary at all",
        "--other\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--other--\r\n",
        "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1",  // never closed
        "--B\r\nContent-Type: text/plain\r\n\r\n1\r\n--B--\r\n",  // no Content-Disposition
        "--B\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n--B--\r\n",  // not form-data
        "--B\r\nContent-Disposition: form-data; name=\"a\r\n\r\n1\r\n--B--\r\n",  // unclosed quote
        "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n2\r\n--B--\r\n",
        "--B\r\nContent-Disposition: form-data; name=\"\"\r\n\r\n1\r\n--B--\r\n",  // empty name
        "--B\r\nContent-Disposition: form-data; name=\"a\"\r\nbroken header line\r\n\r\n1\r\n--B--\r\n",
        "--Bjunk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B--\r\n",
    ])
    func refusesMalformedBodies(_ text: String) {
        #expect(MultipartForm.parse(Array(text.utf8), boundary: "B") == .failure(.malformed))
    }

    @Test func refusesInvalidUTF8InTextFields() {
        let body = Array("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n".utf8) + [0xC3, 0x28] + Array("\r\n--B--\r\n".utf8)
        #expect(MultipartForm.parse(body, boundary: "B") == .failure(.malformed))
    }

    @Test func toleratesAPreambleAndQuotedParameters() throws {
        let text = "preamble to ignore\r\n--B\r\ncontent-disposition: form-data; name=a; filename=\"say \\\"hi\\\".png\"\r\n\r\nxyz\r\n--B--"
        let form = try MultipartForm.parse(Array(text.utf8), boundary: "B").get()
        #expect(form.files["a"]?.filename == "say \"hi\".png")
    }

    @Test func boundaryComesFromTheContentType() {
        #expect(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=----WebKitFormBoundaryX") == "----WebKitFormBoundaryX")
        #expect(MultipartForm.boundary(fromContentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(MultipartForm.boundary(fromContentType: "application/x-www-form-urlencoded") == nil)
        #expect(MultipartForm.boundary(fromContentType: "multipart/form-data") == nil)
        #expect(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
        #expect(MultipartForm.boundary(fromContentType: nil) == nil)
    }

    @Test func fileTypesAreRecognisedByContentNotName() {
        #expect(FileKind.detect(Self.pdf) == .pdf)
        #expect(FileKind.detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) == .jpeg)
        #expect(FileKind.detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .png)
        #expect(FileKind.detect(Array("<html><script>".utf8)) == nil)
        #expect(FileKind.detect(Array("MZ\u{90}".utf8)) == nil)
        #expect(FileKind.detect([UInt8]()) == nil)
        #expect(FileKind.detect([0x25, 0x50, 0x44]) == nil, "a truncated signature is not a PDF")
    }

    @Test func safeNamesKeepNoPathsAndGetTheRealExtension() {
        #expect(FileKind.pdf.safeName("../../etc/passwd") == "passwd.pdf")
        #expect(FileKind.png.safeName("C:\\Users\\Mette\\kvittering.exe") == "kvittering.png")
        #expect(FileKind.jpeg.safeName("Faktura ÆØÅ.jpeg") == "Faktura ÆØÅ.jpg")
        #expect(FileKind.pdf.safeName("\"quoted\"\n.pdf") == "quoted.pdf")
        #expect(FileKind.pdf.safeName("") == "bilag.pdf")
        #expect(FileKind.pdf.safeName(".pdf").hasSuffix(".pdf"))
    }
}
