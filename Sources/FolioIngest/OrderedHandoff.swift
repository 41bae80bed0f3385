import Foundation

/// Results put by worker threads in any order and taken by one consumer in order. Workers run at most `window`
/// items ahead of the consumer, so that a large input is never held parsed in memory while the store catches up;
/// they claim items in order, so the item the consumer waits for is never the one held back.
public final class OrderedHandoff<Item>: @unchecked Sendable {
    private var slots: [Item?]
    private let condition = NSCondition()
    private var next = 0
    private let window: Int

    public init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = window
    }

    /// Waits until `index` is within the window, then leaves the item for the consumer.
    public func put(_ item: Item, at index: Int) {
        condition.lock()
        while index >= next + window { condition.wait() }
        slots[index] = item
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for item `index`, then hands it over and frees its slot.
    public func take(_ index: Int) -> Item {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let item = slots[index]!
        slots[index] = nil
        next = index + 1
        condition.broadcast()
        return item
    }
}
