int util(void) {
  int tmp;
  return 0;
}
