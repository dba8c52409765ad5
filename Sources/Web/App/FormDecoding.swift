import Hummingbird

extension Request {
    /// Decodes an `application/x-www-form-urlencoded` body into a form struct that names the
    /// fields the action allows; anything else posted is ignored (no mass assignment).
    /// A malformed body is a 400, not a 500.
    func decodeForm<Form: Decodable>(_ type: Form.Type, context: AppContext) async throws -> Form {
        var request = self
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        do {
            return try URLEncodedFormDecoder().decode(Form.self, from: String(buffer: buffer))
        } catch {
            throw AppError.badRequest
        }
    }
}
