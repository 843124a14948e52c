use array_core::{Contiguous, Shape, Strided, View, shape};

fn sum<S: Shape, L: Contiguous>(v: View<'_, f64, S, L>) -> f64 {
    v.as_slice().iter().sum()
}

fn main() {
    let buf = [1.0, 2.0, 3.0, 4.0];
    let v = View::<f64, shape![2], Strided>::from_parts(&buf, [2], [2], 0).unwrap();
    let _ = sum(v);
}
