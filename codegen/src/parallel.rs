//! `map` on every core, in the items' order: the generator parses spec files and resolves
//! and emits services, and the importer reads its inputs and checks the folders it imported
//! into, this way (a catalogue of hundreds of services is minutes on one core).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// `f` of every item, in the items' order, on up to as many threads as the machine has
/// cores. Items are handed out one at a time, so one large item does not leave the other
/// threads idle. A panic in `f` is raised again here.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    spread(items.len(), &f, || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        items.get(i).map(|item| (i, item))
    })
}

/// [`map`] for work that changes each item in place.
pub fn map_mut<T: Send, R: Send>(items: &mut [T], f: impl Fn(&mut T) -> R + Sync) -> Vec<R> {
    let count = items.len();
    // The items are handed out one at a time through the one iterator.
    let next = Mutex::new(items.iter_mut().enumerate());
    spread(count, &f, || {
        next.lock().unwrap_or_else(|p| p.into_inner()).next()
    })
}

/// [`map`] for work that takes each item by value.
pub fn map_owned<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let count = items.len();
    let next = Mutex::new(items.into_iter().enumerate());
    spread(count, &f, || {
        next.lock().unwrap_or_else(|p| p.into_inner()).next()
    })
}

/// The worker loop of [`map`], [`map_mut`] and [`map_owned`]: `f` of every `(index, item)` that `next`
/// hands out, on up to one thread per core, put back in index order.
fn spread<I: Send, R: Send>(
    count: usize,
    f: &(impl Fn(I) -> R + Sync),
    next: impl Fn() -> Option<(usize, I)> + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(count);
    if threads <= 1 {
        return std::iter::from_fn(&next).map(|(_, item)| f(item)).collect();
    }
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    while let Some((i, item)) = next() {
                        mine.push((i, f(item)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_order() {
        let items: Vec<u32> = (0..100).collect();
        assert_eq!(
            super::map(&items, |n| n * 2),
            (0..100).map(|n| n * 2).collect::<Vec<_>>()
        );
        assert!(super::map(&[] as &[u32], |n| *n).is_empty());
    }

    #[test]
    fn takes_every_item_and_keeps_the_order() {
        let items: Vec<String> = (0..100).map(|n| n.to_string()).collect();
        assert_eq!(
            super::map_owned(items, |s| s + "!"),
            (0..100).map(|n| format!("{n}!")).collect::<Vec<_>>()
        );
    }

    #[test]
    fn changes_every_item_and_keeps_the_order() {
        let mut items: Vec<u32> = (0..100).collect();
        let old = super::map_mut(&mut items, |n| {
            let was = *n;
            *n += 1;
            was
        });
        assert_eq!(old, (0..100).collect::<Vec<_>>());
        assert_eq!(items, (1..101).collect::<Vec<_>>());
    }
}
