extension UnsafeBufferPointer where Element == UInt8 {
    /// Unicode scalars in a byte range of UTF-8: every byte that does not continue a sequence starts one.
    func scalarCount(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if self[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
