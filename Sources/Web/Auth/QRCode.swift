/// A QR code (ISO/IEC 18004) in byte mode at error correction level M, drawn server-side as SVG
/// so enrolling an authenticator needs no JavaScript and no image library. No Swift package
/// available here encodes QR codes; this follows the standard's construction step by step
/// (data bits, Reed–Solomon blocks, interleaving, function patterns, the mask with the lowest
/// penalty), and `QRCodeTests` decodes what it draws with a real decoder (zbar).
struct QRCode: Sendable {
    let version: Int
    let size: Int
    /// `modules[y][x]`: true is dark.
    let modules: [[Bool]]

    enum Failure: Error { case tooLong }

    /// Level M's error correction codewords per block and number of blocks, by version (index 0 unused).
    static let eccPerBlock = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
                              28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28]
    static let blocks = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28,
                         29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49]
    /// Level M in the format information.
    static let formatLevelBits = 0

    init(bytes: [UInt8]) throws {
        guard let version = (1...40).first(where: { Self.fits(bytes.count, version: $0) }) else { throw Failure.tooLong }
        self.version = version
        size = version * 4 + 17
        var grid = Grid(size: size)
        grid.drawFunctionPatterns(version: version)
        let codewords = Self.interleavedCodewords(Self.dataCodewords(bytes, version: version), version: version)
        grid.drawCodewords(codewords)
        var best: (penalty: Int, grid: Grid)?
        for mask in 0..<8 {
            var candidate = grid
            candidate.apply(mask: mask)
            candidate.drawFormatBits(mask: mask)
            let penalty = candidate.penalty()
            if best == nil || penalty < best!.penalty { best = (penalty, candidate) }
        }
        modules = best!.grid.dark
    }

    init(text: String) throws {
        try self.init(bytes: Array(text.utf8))
    }

    // MARK: Capacity and data

    static func rawDataModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    static func dataCodewordCount(_ version: Int) -> Int {
        rawDataModules(version) / 8 - eccPerBlock[version] * blocks[version]
    }

    static func countBits(_ version: Int) -> Int { version < 10 ? 8 : 16 }

    static func fits(_ byteCount: Int, version: Int) -> Bool {
        byteCount < (1 << countBits(version)) && 4 + countBits(version) + 8 * byteCount <= dataCodewordCount(version) * 8
    }

    /// Mode, count, data, terminator and padding, as codewords.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, countBits(version))
        for byte in bytes { append(Int(byte), 8) }
        let capacity = dataCodewordCount(version) * 8
        append(0, min(4, capacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    // MARK: Error correction

    /// Splits the data into blocks, adds each block's Reed–Solomon codewords and interleaves them.
    static func interleavedCodewords(_ data: [UInt8], version: Int) -> [UInt8] {
        let blockCount = blocks[version], eccLength = eccPerBlock[version]
        let rawCodewords = rawDataModules(version) / 8
        let shortBlocks = blockCount - rawCodewords % blockCount
        let shortLength = rawCodewords / blockCount
        let divisor = reedSolomonDivisor(eccLength)
        var split: [[UInt8]] = []
        var offset = 0
        for i in 0..<blockCount {
            let length = shortLength - eccLength + (i < shortBlocks ? 0 : 1)
            let chunk = Array(data[offset..<offset + length])
            offset += length
            // Short blocks get a placeholder so all blocks line up when interleaving.
            split.append(chunk + (i < shortBlocks ? [0] : []) + reedSolomonRemainder(chunk, divisor))
        }
        var result: [UInt8] = []
        for i in 0..<split[0].count {
            for (j, block) in split.enumerated() where i != shortLength - eccLength || j >= shortBlocks {
                result.append(block[i])
            }
        }
        return result
    }

    static func reedSolomonDivisor(_ degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func reedSolomonRemainder(_ data: [UInt8], _ divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in 0..<result.count { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }

    /// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= Int((y >> UInt8(i)) & 1) * Int(x)
        }
        return UInt8(z)
    }

    static func alignmentPositions(_ version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let size = version * 4 + 17
        let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        return ((0..<count - 1).map { size - 7 - $0 * step } + [6]).reversed()
    }

    // MARK: Drawing

    /// The symbol as SVG: one path of unit squares, with the four-module quiet zone the
    /// standard requires. `label` names it for screen readers.
    func svg(label: String, pixels: Int = 232) -> SVGImage {
        var path = ""
        for y in 0..<size {
            for x in 0..<size where modules[y][x] {
                path += "M\(x + 4) \(y + 4)h1v1h-1z"
            }
        }
        return SVGImage(viewBox: "0 0 \(size + 8) \(size + 8)", size: pixels, path: path, label: label)
    }

    /// What a template draws: `<svg viewBox="{{viewBox}}" …><path d="{{path}}"/></svg>`.
    struct SVGImage: Sendable {
        let viewBox: String
        let size: Int
        let path: String
        let label: String
    }

    struct Grid {
        let size: Int
        var dark: [[Bool]]
        var isFunction: [[Bool]]

        init(size: Int) {
            self.size = size
            dark = Array(repeating: Array(repeating: false, count: size), count: size)
            isFunction = dark
        }

        mutating func set(_ x: Int, _ y: Int, _ value: Bool) {
            dark[y][x] = value
            isFunction[y][x] = true
        }

        mutating func drawFunctionPatterns(version: Int) {
            for i in 0..<size {
                set(6, i, i % 2 == 0)
                set(i, 6, i % 2 == 0)
            }
            drawFinder(3, 3)
            drawFinder(size - 4, 3)
            drawFinder(3, size - 4)
            let positions = QRCode.alignmentPositions(version)
            for (i, x) in positions.enumerated() {
                for (j, y) in positions.enumerated() {
                    let last = positions.count - 1
                    if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                    for dy in -2...2 {
                        for dx in -2...2 { set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) }
                    }
                }
            }
            // Reserve the format areas now; the real bits are drawn with the mask.
            drawFormatBits(mask: 0)
            if version >= 7 {
                var remainder = version
                for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
                let bits = version << 12 | remainder
                for i in 0..<18 {
                    let bit = (bits >> i) & 1 == 1
                    let a = size - 11 + i % 3, b = i / 3
                    set(a, b, bit)
                    set(b, a, bit)
                }
            }
        }

        mutating func drawFinder(_ x: Int, _ y: Int) {
            for dy in -4...4 {
                for dx in -4...4 {
                    let distance = max(abs(dx), abs(dy))
                    let xx = x + dx, yy = y + dy
                    if (0..<size).contains(xx) && (0..<size).contains(yy) { set(xx, yy, distance != 2 && distance != 4) }
                }
            }
        }

        mutating func drawFormatBits(mask: Int) {
            let data = QRCode.formatLevelBits << 3 | mask
            var remainder = data
            for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
            let bits = (data << 10 | remainder) ^ 0x5412
            func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
            for i in 0...5 { set(8, i, bit(i)) }
            set(8, 7, bit(6))
            set(8, 8, bit(7))
            set(7, 8, bit(8))
            for i in 9..<15 { set(14 - i, 8, bit(i)) }
            for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
            for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
            set(8, size - 8, true)
        }

        /// Places the codewords in the two-column zigzag from the bottom right, skipping
        /// function patterns and the vertical timing column.
        mutating func drawCodewords(_ codewords: [UInt8]) {
            var i = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                for vertical in 0..<size {
                    for j in 0..<2 {
                        let x = right - j
                        let upward = (right + 1) & 2 == 0
                        let y = upward ? size - 1 - vertical : vertical
                        if !isFunction[y][x] && i < codewords.count * 8 {
                            dark[y][x] = (codewords[i >> 3] >> UInt8(7 - (i & 7))) & 1 == 1
                            i += 1
                        }
                    }
                }
                right -= 2
            }
        }

        mutating func apply(mask: Int) {
            for y in 0..<size {
                for x in 0..<size where !isFunction[y][x] {
                    let invert: Bool
                    switch mask {
                    case 0: invert = (x + y) % 2 == 0
                    case 1: invert = y % 2 == 0
                    case 2: invert = x % 3 == 0
                    case 3: invert = (x + y) % 3 == 0
                    case 4: invert = (x / 3 + y / 2) % 2 == 0
                    case 5: invert = x * y % 2 + x * y % 3 == 0
                    case 6: invert = (x * y % 2 + x * y % 3) % 2 == 0
                    default: invert = ((x + y) % 2 + x * y % 3) % 2 == 0
                    }
                    if invert { dark[y][x].toggle() }
                }
            }
        }

        /// The standard's penalty: runs of one colour, 2×2 blocks, finder-like patterns and
        /// the balance of dark and light.
        func penalty() -> Int {
            var result = 0
            func line(_ cells: [Bool]) -> Int {
                var score = 0
                var run = 1
                for i in 1..<cells.count {
                    if cells[i] == cells[i - 1] { run += 1 } else {
                        if run >= 5 { score += run - 2 }
                        run = 1
                    }
                }
                if run >= 5 { score += run - 2 }
                // 1:1:3:1:1 with four light modules on either side.
                let pattern: [Bool] = [true, false, true, true, true, false, true]
                for start in 0...(cells.count - 7) where Array(cells[start..<start + 7]) == pattern {
                    let before = start >= 4 && !cells[(start - 4)..<start].contains(true)
                    let after = start + 11 <= cells.count && !cells[(start + 7)..<(start + 11)].contains(true)
                    if before || after { score += 40 }
                }
                return score
            }
            for y in 0..<size { result += line(dark[y]) }
            for x in 0..<size { result += line((0..<size).map { dark[$0][x] }) }
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let c = dark[y][x]
                    if c == dark[y][x + 1] && c == dark[y + 1][x] && c == dark[y + 1][x + 1] { result += 3 }
                }
            }
            let darkCount = dark.reduce(0) { $0 + $1.filter { $0 }.count }
            let total = size * size
            let k = (abs(darkCount * 20 - total * 10) + total - 1) / total - 1
            result += max(0, k) * 10
            return result
        }
    }
}
