define void @kf_a() {
  ret void
}
define void @kf_b() {
  ret void
}
