import Foundation

/// Results put by worker threads in any order and taken by one consumer in order. Workers run at most `window`
/// items, and at most `budget` in weight, ahead of the consumer, so that a large input is never held parsed in
/// memory while the store catches up; they claim items in order, and the item the consumer waits for is never
/// held back.
public final class OrderedHandoff<Item>: @unchecked Sendable {
    private var slots: [Item?]
    private var weights: [Int64]
    private let condition = NSCondition()
    private var next = 0
    private let window: Int
    private let budget: Int64
    private var held: Int64 = 0

    public init(count: Int, window: Int, budget: Int64 = .max) {
        slots = Array(repeating: nil, count: count)
        weights = Array(repeating: 0, count: count)
        self.window = window
        self.budget = budget
    }

    /// Waits until `index` is within the window and the budget, then leaves the item for the consumer.
    public func put(_ item: Item, at index: Int, weight: Int64 = 0) {
        condition.lock()
        while index >= next + window || (index > next && held + weight > budget) { condition.wait() }
        slots[index] = item
        weights[index] = weight
        held += weight
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
        held -= weights[index]
        next = index + 1
        condition.broadcast()
        return item
    }
}
