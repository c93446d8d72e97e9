/* the demo pretends a download in here fails on the first attempt */
int net(void) { return 0; }
